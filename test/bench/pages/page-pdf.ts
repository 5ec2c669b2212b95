import { letterDocument } from '@shared/documents';
import { provinceLetter, provinceOffice } from '../../support/factories/letter';
import { renderPdf } from '../../../renderer/src/platform/pdf';
import type { PdfBatchResult } from './bench-api';

/**
 * Letters (each with a 50-row lampiran) rendered through the app's worker, all queued at once (the
 * first call starts the worker and loads pdfmake, as in the app),
 * while a 10 ms interval probe and a longtask observer watch the main thread.
 */
export async function pdfBatch(letters: number): Promise<PdfBatchResult> {
  let longestTaskMs = 0;
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks += 1;
      longestTaskMs = Math.max(longestTaskMs, entry.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  let longestGapMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  // Building each definition is main-thread work in the app too, so it is inside the probed window.
  const office = provinceOffice();
  const pending: Promise<Uint8Array>[] = [];
  for (let i = 0; i < letters; i++) {
    const letter = { ...provinceLetter(50), number: `500.9.2/${i + 1}/Disperin/2024`, status: 'final' as const };
    pending.push(renderPdf(letterDocument(letter, office, { draft: false })));
  }
  const results = await Promise.all(pending);
  const totalMs = performance.now() - started;
  clearInterval(probe);
  observer.disconnect();
  return { totalMs, letters, longestGapMs, longestTaskMs, longTasks, bytes: results.reduce((sum, b) => sum + b.byteLength, 0) };
}
