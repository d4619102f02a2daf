import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

/** Runs a poppler tool on the PDF in a scratch directory and hands back what it wrote. */
function withPdfFile<T>(pdf: Buffer, use: (pdfPath: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'mufakat-documents-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, pdf);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -layout` output; pages are separated by form feeds. */
export function pdfText(pdf: Buffer): string {
  return withPdfFile(pdf, (path) => execFileSync('/usr/bin/pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));
}

/** First page rendered by `pdftoppm` at 50 dpi. */
export function pdfFirstPagePng(pdf: Buffer): Buffer {
  return withPdfFile(pdf, (path, dir) => {
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', path, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/** Font names embedded in the PDF, as `pdffonts` lists them. */
export function pdfFontList(pdf: Buffer): string {
  return withPdfFile(pdf, (path) => execFileSync('/usr/bin/pdffonts', [path], { encoding: 'utf8' }));
}

/** Number of image XObjects (soft masks excluded), as `pdfimages -list` counts them. */
export function pdfImageCount(pdf: Buffer): number {
  const list = withPdfFile(pdf, (path) => execFileSync('/usr/bin/pdfimages', ['-list', path], { encoding: 'utf8' }));
  return list.split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line)).length;
}

/** Whitespace collapsed, so text wrapped over lines by the layout still matches. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export interface DocxParts {
  /** Body text, one line per paragraph. */
  text: string;
  documentXml: string;
  headerXml: string;
  footerXml: string;
  media: Buffer[];
}

export async function docxParts(docx: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(docx);
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const partText = async (prefix: string): Promise<string> => {
    const names = Object.keys(zip.files).filter((n) => n.startsWith(prefix) && n.endsWith('.xml'));
    return (await Promise.all(names.map(read))).join('\n');
  };
  const media = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => n.startsWith('word/media/') && !zip.files[n].dir)
      .map((n) => zip.file(n)?.async('nodebuffer') ?? Promise.resolve(Buffer.alloc(0))),
  );
  const documentXml = await read('word/document.xml');
  return {
    text: xmlText(documentXml),
    documentXml,
    headerXml: await partText('word/header'),
    footerXml: await partText('word/footer'),
    media,
  };
}

export function xmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** One page's text (`pdftotext -f n -l n`), 1-based. */
export function pdfPageText(pdf: Buffer, page: number): string {
  return withPdfFile(pdf, (path) => execFileSync('/usr/bin/pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' }));
}

/** The page count `pdfinfo` reports. */
export function pdfPageCount(pdf: Buffer): number {
  const info = withPdfFile(pdf, (path) => execFileSync('/usr/bin/pdfinfo', [path], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}
