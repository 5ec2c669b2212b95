import type { PdfDocDefinition } from '@shared/documents/pdf-types';
import type { PdfWorkerRequest, PdfWorkerResponse } from './pdf.worker';

/**
 * `renderPdf(definition)` → PDF bytes, rendered in a Web Worker. The worker (and pdfmake inside it)
 * is created on the first call only, so neither is part of the initial bundle or start-up.
 */

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

function failAll(message: string): void {
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  created.addEventListener('message', (event: MessageEvent<PdfWorkerResponse>) => {
    const response = event.data;
    const waiter = pending.get(response.id);
    if (!waiter) return;
    pending.delete(response.id);
    if (response.ok) waiter.resolve(new Uint8Array(response.bytes));
    else waiter.reject(new Error(response.message));
  });
  created.addEventListener('error', () => failAll('Pembuat PDF berhenti karena galat; silakan coba lagi'));
  worker = created;
  return created;
}

export function renderPdf(definition: PdfDocDefinition): Promise<Uint8Array> {
  const id = nextId;
  nextId += 1;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: PdfWorkerRequest = { id, definition };
    try {
      getWorker().postMessage(request);
    } catch {
      pending.delete(id);
      reject(new Error('Data surat tidak dapat dikirim ke pembuat PDF'));
    }
  });
}

/** Stops the worker (e.g. when leaving the letter screen); the next render starts a new one. */
export function disposePdfRenderer(): void {
  failAll('Pembuatan PDF dibatalkan');
}
