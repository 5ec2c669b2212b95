import type { Letter } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import type { PdfDocDefinition } from '@shared/documents/pdf-types';
import { buildZipBlob, type ZipWriterFile } from '../../platform/zip';
import { renderLetterPdfs } from './letter-batch';
import type { LetterRepository } from '../../db';
import { pdfFileName } from './print-pdf';

export interface LetterZipOptions {
  signal?: AbortSignal;
  /** Letters ready so far out of all of them. */
  onProgress?: (done: number, total: number) => void;
  /** Test seam: the browser renders in the PDF worker. */
  render?: (definition: PdfDocDefinition) => Promise<Uint8Array>;
}

/** `surat-500.9-1-Disperin-2026.pdf`; unnumbered drafts get `-2`, `-3` … so no name repeats. */
function uniqueNames(letters: readonly Letter[]): string[] {
  const seen = new Map<string, number>();
  return letters.map((letter) => {
    const base = pdfFileName(letter.number);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : pdfFileName(letter.number, `-${count}`);
  });
}

/**
 * The PDFs of many letters in one ZIP. A final letter contributes its stored bytes (the record is
 * never re-rendered); the others are rendered in a batch through the worker, one letter per task,
 * so the register stays usable while 100 letters are made. Cancel through `signal`.
 */
export async function lettersPdfZip(
  letters: readonly Letter[],
  office: OfficeProfile,
  store: Pick<LetterRepository, 'pdfBytes'>,
  options: LetterZipOptions = {},
): Promise<Blob> {
  const total = letters.length;
  const stored = new Map<string, Uint8Array>();
  for (const letter of letters) {
    const bytes = letter.finalPdfHash ? await store.pdfBytes(letter.finalPdfHash) : undefined;
    if (bytes) stored.set(letter.id, bytes);
  }
  options.onProgress?.(stored.size, total);
  const toRender = letters.filter((l) => !stored.has(l.id));
  const rendered = await renderLetterPdfs(
    toRender,
    office,
    {
      signal: options.signal,
      onProgress: (done) => options.onProgress?.(stored.size + done, total),
    },
    options.render,
  );
  const renderedById = new Map(toRender.map((l, i) => [l.id, rendered[i]]));
  const names = uniqueNames(letters);
  async function* files(): AsyncGenerator<ZipWriterFile> {
    for (const [i, letter] of letters.entries()) {
      const bytes = stored.get(letter.id) ?? renderedById.get(letter.id);
      if (bytes) yield { name: names[i] ?? `surat-${i + 1}.pdf`, bytes, compress: false };
    }
  }
  return buildZipBlob(files(), total, { signal: options.signal });
}
