import type { PaperSize } from '../../platform/api';
import { openPdf } from '../../platform/pdf-viewer';

const LAYER_ID = 'ovop-print-layer';
const STYLE_ID = 'ovop-print-style';
const MM_PER_POINT = 25.4 / 72;
/** Printer resolution of the drawn pages. */
const PRINT_DPI = 300;

/** The PDF's first page size in millimetres (letters have one paper throughout). */
function paperOf(width: number, height: number): PaperSize {
  return {
    widthMm: Math.round(width * MM_PER_POINT * 10) / 10,
    heightMm: Math.round(height * MM_PER_POINT * 10) / 10,
  };
}

/** Removes a print layer left by an earlier print, if any. */
export function removePrintLayer(): void {
  document.getElementById(LAYER_ID)?.remove();
  document.getElementById(STYLE_ID)?.remove();
}

/**
 * Puts the PDF's pages (drawn by pdf.js at 300 dpi) into a layer that only print media shows, and
 * sets `@page` to the PDF's own paper with no margins. While it exists, printing the window prints
 * this document and not the screen. Returns the paper for main's `webContents.print`.
 */
export async function preparePrintLayer(bytes: Uint8Array): Promise<PaperSize> {
  removePrintLayer();
  const doc = await openPdf(bytes);
  try {
    const first = (await doc.getPage(1)).getViewport({ scale: 1 });
    const paper = paperOf(first.width, first.height);
    const layer = document.createElement('div');
    layer.id = LAYER_ID;
    layer.setAttribute('aria-hidden', 'true');
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_DPI / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport }).promise;
      layer.append(canvas);
    }
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = [
      `@page { size: ${paper.widthMm}mm ${paper.heightMm}mm; margin: 0; }`,
      `#${LAYER_ID} { display: none; }`,
      '@media print {',
      `  body > :not(#${LAYER_ID}) { display: none !important; }`,
      `  #${LAYER_ID} { display: block; }`,
      `  #${LAYER_ID} canvas { display: block; width: ${paper.widthMm}mm; height: ${paper.heightMm}mm; break-after: page; }`,
      `  #${LAYER_ID} canvas:last-child { break-after: auto; }`,
      '}',
    ].join('\n');
    document.head.append(style);
    document.body.append(layer);
    return paper;
  } finally {
    void doc.destroy();
  }
}
