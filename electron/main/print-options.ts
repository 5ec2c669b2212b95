import type { WebContentsPrintOptions } from 'electron';

export interface PaperSize {
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Options for `webContents.print`. Without a paper size the printer's default applies (printing
 * the screen). With one (a letter: F4 215 × 330 mm, A4 …) the page is printed on exactly that
 * paper, no margins added (the PDF has its own), backgrounds kept. Electron takes microns.
 */
export function printOptions(paper?: PaperSize): WebContentsPrintOptions {
  if (!paper) return { silent: false, printBackground: true };
  return {
    silent: false,
    printBackground: true,
    margins: { marginType: 'none' },
    pageSize: {
      width: Math.round(paper.widthMm * 1000),
      height: Math.round(paper.heightMm * 1000),
    },
    landscape: false,
  };
}
