/** Images are handed to pdfmake as data URLs in the document's image dictionary, never as file paths. */
export class PdfImages {
  readonly dictionary: Record<string, string> = {};

  /** Registers the image and returns the name to use in an `image` node. */
  add(mime: string, data: Buffer): string {
    const key = `img${Object.keys(this.dictionary).length}`;
    this.dictionary[key] = `data:${mime};base64,${data.toString('base64')}`;
    return key;
  }
}
