import { describe, expect, it } from 'vitest';
import type { PdfDocDefinition } from '@shared/documents/pdf-types';
import {
  letterPdfDefinition,
  renderLetterPdfs,
} from '../../../../../renderer/src/features/letter/letter-batch';
import { PDF_IN_FLIGHT } from '../../../../../renderer/src/platform/pdf';
import { CancelledError, readZipSafely } from '../../../../../renderer/src/platform/zip';
import { lettersPdfZip } from '../../../../../renderer/src/features/letter/letter-pdf-zip';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { provinceLetter, provinceOffice } from '../../../../support/factories/letter';

const letters = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    provinceLetter(2, {
      id: `surat-${i + 1}`,
      status: 'final',
      number: `500.9/${i + 1}/Disperin/2024`,
    }),
  );
const textOf = (definition: PdfDocDefinition): string => JSON.stringify(definition);

/** A stand-in for the PDF worker: answers each definition after a few ms with its letter number as bytes. */
function fakeWorker(delays: (index: number) => number = () => 2) {
  const posted: PdfDocDefinition[] = [];
  let pending = 0;
  let mostPending = 0;
  const render = async (definition: PdfDocDefinition): Promise<Uint8Array> => {
    const index = posted.length;
    posted.push(definition);
    pending += 1;
    mostPending = Math.max(mostPending, pending);
    await new Promise((resolve) => setTimeout(resolve, delays(index)));
    pending -= 1;
    const number = /500\.9\/(\d+)\//.exec(textOf(definition))?.[1] ?? '?';
    return new TextEncoder().encode(`PDF surat ${number}`);
  };
  return { render, posted, mostPending: () => mostPending };
}

describe('letters rendered in a batch', () => {
  it('gives every letter its own PDF, in the order of the list, even when later ones finish first', async () => {
    const worker = fakeWorker((i) => (10 - i) * 2);
    const pdfs = await renderLetterPdfs(letters(10), provinceOffice(), {}, worker.render);
    expect(pdfs.map((b) => new TextDecoder().decode(b))).toEqual(
      Array.from({ length: 10 }, (_, i) => `PDF surat ${i + 1}`),
    );
  });

  it('never hands the worker the whole batch at once: one letter queued beyond those in flight', async () => {
    const worker = fakeWorker();
    const run = renderLetterPdfs(letters(12), provinceOffice(), {}, worker.render);
    // The caller's task built nothing: the first definition is built in a later task.
    expect(worker.posted).toHaveLength(0);
    await run;
    expect(worker.posted).toHaveLength(12);
    expect(worker.mostPending()).toBe(PDF_IN_FLIGHT + 1);
  });

  it('reports progress per letter and stops building letters when cancelled', async () => {
    const worker = fakeWorker();
    const controller = new AbortController();
    const progress: number[] = [];
    const run = renderLetterPdfs(
      letters(20),
      provinceOffice(),
      {
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          if (done === 3) controller.abort();
        },
      },
      worker.render,
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(progress.slice(0, 3)).toEqual([1, 2, 3]);
    expect(worker.posted.length).toBeLessThanOrEqual(3 + PDF_IN_FLIGHT + 1);
  });

  it('draws drafts with the KONSEP mark and final letters with the office frozen at finalisation', () => {
    const current = provinceOffice({ officeName: 'DINAS PERINDUSTRIAN DAN PERDAGANGAN' });
    const frozen = provinceOffice({ officeName: 'DINAS PERINDUSTRIAN' });
    const draft = letterPdfDefinition(provinceLetter(1, { status: 'draft' }), current);
    const final = letterPdfDefinition(
      provinceLetter(1, {
        status: 'final',
        number: '500.9/7/Disperin/2024',
        officeSnapshot: frozen,
      }),
      current,
    );
    expect(draft.watermark).toBeDefined();
    expect(textOf(draft)).toContain('DINAS PERINDUSTRIAN DAN PERDAGANGAN');
    expect(final.watermark).toBeUndefined();
    expect(textOf(final)).not.toContain('DAN PERDAGANGAN');
  });
});

describe('PDFs of the listed letters in one ZIP', () => {
  it('keeps the stored PDF of a final letter, renders the drafts, and names every file apart', async () => {
    const worker = fakeWorker();
    const storedPdf = new TextEncoder().encode('%PDF tersimpan saat final');
    const list = [
      provinceLetter(1, {
        id: 'final-1',
        status: 'final',
        number: '500.9/1/Disperin/2024',
        finalPdfHash: 'a'.repeat(64),
      }),
      provinceLetter(1, { id: 'konsep-1', status: 'draft', number: undefined }),
      provinceLetter(1, { id: 'konsep-2', status: 'draft', number: undefined }),
    ];
    const store = {
      pdfBytes: (hash: string) => Promise.resolve(hash === 'a'.repeat(64) ? storedPdf : undefined),
    };
    const progress: number[] = [];
    const blob = await lettersPdfZip(list, provinceOffice(), store, {
      render: worker.render,
      onProgress: (done) => progress.push(done),
    });
    const read = readZipSafely(new Uint8Array(await blob.arrayBuffer()), DEFAULT_ZIP_LIMITS);
    expect([...read.files.keys()]).toEqual([
      'surat-500.9-1-Disperin-2024.pdf',
      'surat-konsep.pdf',
      'surat-konsep-2.pdf',
    ]);
    expect(read.files.get('surat-500.9-1-Disperin-2024.pdf')?.data).toEqual(storedPdf);
    expect(worker.posted).toHaveLength(2);
    expect(worker.posted.every((d) => d.watermark !== undefined)).toBe(true);
    expect(progress.at(-1)).toBe(3);
  });
});
