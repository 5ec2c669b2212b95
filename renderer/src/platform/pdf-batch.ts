import type { PdfDocDefinition } from '@shared/documents/pdf-types';
import { PDF_IN_FLIGHT, renderPdf } from './pdf';
import { runInTasks, type TaskBatchOptions } from './task-batch';

/**
 * Many PDFs through the worker without blocking the UI: each definition is built (by `build`, on
 * the main thread) and posted in its own task, and only PDF_IN_FLIGHT + 1 are pending at a time, so
 * the worker always has the next one queued but the main thread never builds or clones a whole batch
 * at once. Bytes come back in input order (transferred, not copied). Cancel through `signal`.
 */
export function renderPdfBatch<T>(
  items: readonly T[],
  build: (item: T, index: number) => PdfDocDefinition,
  options: Omit<TaskBatchOptions, 'concurrency'> = {},
  render: (definition: PdfDocDefinition) => Promise<Uint8Array> = renderPdf,
): Promise<Uint8Array[]> {
  return runInTasks(items, (item, index) => render(build(item, index)), {
    ...options,
    concurrency: PDF_IN_FLIGHT + 1,
  });
}
