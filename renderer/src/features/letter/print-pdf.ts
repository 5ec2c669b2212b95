import { isDesktop, printPage } from '../../platform/api';
import { preparePrintLayer, removePrintLayer } from '../../ui/pdf/print-layer';

/**
 * Prints the letter itself on its own paper (F4 stays F4): pdf.js draws its pages into a
 * print-only layer, then the window is printed (Electron: main's `webContents.print` on that
 * paper with no margins; web: `window.print()` with the layer's `@page` size).
 */
export async function printPdfBytes(bytes: Uint8Array): Promise<void> {
  const paper = await preparePrintLayer(bytes);
  window.addEventListener('afterprint', removePrintLayer, { once: true });
  try {
    await printPage(paper);
  } finally {
    // Electron answers once the print dialog is closed; a browser fires `afterprint` then.
    if (isDesktop()) removePrintLayer();
  }
}

/** `500.9/1/Disperin/2026` → `surat-500.9-1-Disperin-2026.pdf`. */
export function pdfFileName(number: string | undefined, suffix = ''): string {
  const base = number ? `surat-${number.replace(/[^\w.-]+/g, '-')}` : 'surat-konsep';
  return `${base}${suffix}.pdf`;
}
