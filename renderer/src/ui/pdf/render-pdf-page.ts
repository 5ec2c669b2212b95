import type { PDFPageProxy } from 'pdfjs-dist';
import { loadPdfJs } from '../../platform/pdf-viewer';

/** Pixels per CSS pixel for the canvas: sharp on high-DPI screens, bounded for memory. */
const RENDER_SCALE = Math.min(2, Math.max(1.5, globalThis.devicePixelRatio || 1));

/**
 * One page as `<div class="pdf-page">` with its canvas and a text layer laid over it. The page is
 * laid out at scale 1 (1 PDF point = 1 CSS px) and stretched by CSS; the text layer follows it
 * through `--scale-factor` / `--total-scale-factor`, which pdf.js reads.
 */
export async function renderPdfPage(
  page: PDFPageProxy,
  pageNumber: number,
  signal: AbortSignal,
): Promise<HTMLElement> {
  const pdfjs = await loadPdfJs();
  const viewport = page.getViewport({ scale: 1 });
  const wrapper = document.createElement('div');
  wrapper.className = 'pdf-page';
  wrapper.dataset.pageNumber = String(pageNumber);
  wrapper.setAttribute('aria-label', `Halaman ${pageNumber}`);
  wrapper.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width * RENDER_SCALE);
  canvas.height = Math.round(viewport.height * RENDER_SCALE);
  canvas.setAttribute('aria-hidden', 'true');
  wrapper.append(canvas);
  const task = page.render({ canvas, viewport: page.getViewport({ scale: RENDER_SCALE }) });
  signal.addEventListener('abort', () => task.cancel());
  await task.promise;
  const text = document.createElement('div');
  text.className = 'textLayer';
  wrapper.append(text);
  // The text layer is laid out in PDF points and scaled with the page's rendered width.
  const fit = new ResizeObserver(() => {
    const scale = wrapper.clientWidth / viewport.width || 1;
    text.style.setProperty('--scale-factor', String(scale));
    text.style.setProperty('--total-scale-factor', String(scale));
  });
  fit.observe(wrapper);
  signal.addEventListener('abort', () => fit.disconnect());
  const layer = new pdfjs.TextLayer({
    textContentSource: page.streamTextContent(),
    container: text,
    viewport,
  });
  await layer.render();
  return wrapper;
}
