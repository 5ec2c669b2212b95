import { provinceLetter, provinceOffice } from '../../support/factories/letter';
import { renderLetterPdfs } from '../../../renderer/src/features/letter/letter-batch';
import type { PdfBatchResult } from './bench-api';

/**
 * Letters (each with a 50-row lampiran) rendered by the app's own batch function
 * (`renderLetterPdfs`: one definition built and posted per task, through the app's worker; the
 * first letter starts the worker and loads pdfmake, as in the app), while a 10 ms interval probe and
 * a longtask observer watch the main thread.
 */
export async function pdfBatch(letters: number): Promise<PdfBatchResult> {
  // The test letters stand for rows the app reads from IndexedDB; making them is set-up, not
  // measured. Building each letter's definition is the app's main-thread work and is measured.
  const office = provinceOffice();
  const batch = Array.from({ length: letters }, (_, i) => ({
    ...provinceLetter(50),
    number: `500.9.2/${i + 1}/Disperin/2024`,
    status: 'final' as const,
  }));
  // End the set-up task before the probes start, so a long task they report is the batch's own.
  await new Promise((resolve) => setTimeout(resolve, 0));
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
  const results = await renderLetterPdfs(batch, office);
  const totalMs = performance.now() - started;
  clearInterval(probe);
  observer.disconnect();
  return {
    totalMs,
    letters,
    longestGapMs,
    longestTaskMs,
    longTasks,
    bytes: results.reduce((sum, b) => sum + b.byteLength, 0),
  };
}
