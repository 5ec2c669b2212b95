import type { PdfDocDefinition } from '@shared/documents/pdf-types';
import type { PdfWorkerRequest, PdfWorkerResponse } from './pdf.worker';

/**
 * `renderPdf(definition)` → PDF bytes, rendered in a Web Worker. The worker (and pdfmake inside it)
 * is created on the first call only, so neither is part of the initial bundle or start-up.
 *
 * Requests are queued here and posted at most PDF_IN_FLIGHT at a time, the next one when a result
 * comes back. A batch (e.g. 100 letters) therefore never structured-clones every definition in the
 * caller's task: each clone happens in its own small message task, and the UI stays responsive.
 */

/** Jobs posted to the worker at once (one rendering, one waiting in its message queue). */
export const PDF_IN_FLIGHT = 2;

interface Job {
  id: number;
  definition: PdfDocDefinition;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const queue: Job[] = [];
const running = new Map<number, Job>();

function failAll(message: string): void {
  const jobs = [...running.values(), ...queue];
  running.clear();
  queue.length = 0;
  worker?.terminate();
  worker = undefined;
  for (const job of jobs) job.reject(new Error(message));
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./pdf.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pdf',
  });
  created.addEventListener('message', (event: MessageEvent<PdfWorkerResponse>) => {
    const response = event.data;
    const job = running.get(response.id);
    if (!job) return;
    running.delete(response.id);
    pump();
    if (response.ok) job.resolve(new Uint8Array(response.bytes));
    else job.reject(new Error(response.message));
  });
  created.addEventListener('error', () =>
    failAll('Pembuat PDF berhenti karena galat; silakan coba lagi'),
  );
  worker = created;
  return created;
}

/** Posts queued jobs until PDF_IN_FLIGHT are running in the worker. */
function pump(): void {
  while (running.size < PDF_IN_FLIGHT) {
    const job = queue.shift();
    if (!job) return;
    const request: PdfWorkerRequest = { id: job.id, definition: job.definition };
    try {
      getWorker().postMessage(request);
      running.set(job.id, job);
    } catch {
      job.reject(new Error('Data surat tidak dapat dikirim ke pembuat PDF'));
    }
  }
}

export function renderPdf(definition: PdfDocDefinition): Promise<Uint8Array> {
  const id = nextId;
  nextId += 1;
  return new Promise((resolve, reject) => {
    queue.push({ id, definition, resolve, reject });
    // Post from a later task, so a caller queuing a whole batch in one loop pays no cloning cost.
    if (queue.length === 1) queueMicrotask(pump);
  });
}
