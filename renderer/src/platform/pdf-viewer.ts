import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';

/**
 * pdf.js, loaded on first use (not part of start-up). Its worker is a bundled same-origin asset
 * (Vite `?url`), which the app's CSP allows (`worker-src 'self'`) in web mode and on `app://`.
 * No eval (`isEvalSupported: false`): the CSP has no 'unsafe-eval'.
 */
type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return loading;
}

/** Opens PDF bytes for viewing. The bytes are copied: pdf.js transfers its input to the worker. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false })
    .promise;
}
