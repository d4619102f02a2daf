import type { TFontDictionary } from 'pdfmake/interfaces';

const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** pdfmake's own Roboto covers Latin Extended, so names like "Déwi" or "Ngurah Rai" print as written. */
export const PDF_FONT = 'Roboto';

let resolved: Record<keyof typeof ROBOTO_FILES, string> | null = null;

/**
 * Absolute paths of the Roboto TTFs shipped inside the installed pdfmake package, found at run time so the lib's
 * build output carries no font copies. Returned as a fresh object per call because pdfmake rewrites the font
 * descriptors it is given.
 */
export function pdfFonts(): TFontDictionary {
  resolved ??= {
    normal: require.resolve(`pdfmake/fonts/Roboto/${ROBOTO_FILES.normal}`),
    bold: require.resolve(`pdfmake/fonts/Roboto/${ROBOTO_FILES.bold}`),
    italics: require.resolve(`pdfmake/fonts/Roboto/${ROBOTO_FILES.italics}`),
    bolditalics: require.resolve(`pdfmake/fonts/Roboto/${ROBOTO_FILES.bolditalics}`),
  };
  return { [PDF_FONT]: { ...resolved } };
}

/** The only local files pdfmake may open: the font files above. Images are passed as data, never as paths. */
export function isPdfFontFile(path: string): boolean {
  return resolved !== null && Object.values(resolved).includes(path);
}
