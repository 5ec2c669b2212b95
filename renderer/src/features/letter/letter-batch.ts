import { letterDocument } from '@shared/documents/letter-document';
import type { PdfDocDefinition } from '@shared/documents/pdf-types';
import { officeForLetter, type Letter } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import { renderPdf } from '../../platform/pdf';
import { renderPdfBatch } from '../../platform/pdf-batch';
import type { TaskBatchOptions } from '../../platform/task-batch';

/** The definition of a letter as the app draws it: KONSEP on drafts, the frozen office once final. */
export function letterPdfDefinition(
  letter: Letter,
  currentOffice: OfficeProfile,
): PdfDocDefinition {
  return letterDocument(letter, officeForLetter(letter, currentOffice), {
    draft: letter.status === 'draft',
  });
}

export type LetterBatchOptions = Omit<TaskBatchOptions, 'concurrency'>;

/**
 * Renders many letters to PDF bytes (in input order) in the PDF worker, one letter's definition
 * built and posted per task, so the screen keeps answering clicks during a batch of 100.
 * `render` is a test seam (the browser renders in the worker).
 */
export function renderLetterPdfs(
  letters: readonly Letter[],
  currentOffice: OfficeProfile,
  options: LetterBatchOptions = {},
  render: (definition: PdfDocDefinition) => Promise<Uint8Array> = renderPdf,
): Promise<Uint8Array[]> {
  return renderPdfBatch(
    letters,
    (letter) => letterPdfDefinition(letter, currentOffice),
    options,
    render,
  );
}
