import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { letterDocument } from '@shared/documents';
import { renderPdfNode } from '../../../../electron/cli/render-pdf';
import { kabupatenLetter, kabupatenOffice } from '../../../support/factories/letter';
import { pdfText } from '../../../support/pdf';

const folder = mkdtempSync(join(tmpdir(), 'ovop-nomor-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('letter numbers in a justified paragraph', () => {
  it('print the ministry letter number whole: no line break and no justification gap inside it', async () => {
    const number = 'B/301/IKMA/IND/II/2026';
    const letter = kabupatenLetter(2);
    letter.requestLetter = { number, date: '2026-01-09', hal: 'Usulan Calon IKM OVOP Tahun 2026' };
    const file = join(folder, 'surat.pdf');
    writeFileSync(
      file,
      await renderPdfNode(letterDocument(letter, kabupatenOffice(), { draft: false })),
    );
    // `pdftotext -layout` keeps a visible gap as a space and a line break as a new line.
    expect(pdfText(file)).toContain(number);
  });
});
