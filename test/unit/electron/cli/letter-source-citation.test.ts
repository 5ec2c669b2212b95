import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annexDocument, letterDocument } from '@shared/documents';
import { defaultLetter } from '@shared/domain/letter';
import { renderPdfNode } from '../../../../electron/cli/render-pdf';
import { LETTER_ROUND, annexRow, provinceOffice } from '../../../support/factories/letter';
import { pdfFlatText } from '../../../support/pdf';

const IDS = { letterId: 'surat-prov', now: '2026-05-21T08:00:00.000Z', date: '2026-05-21' };
const folder = process.env.OVOP_KEEP_PNG ?? mkdtempSync(join(tmpdir(), 'ovop-sumber-'));
afterAll(() => {
  if (!process.env.OVOP_KEEP_PNG) rmSync(folder, { recursive: true, force: true });
});

const BANJAR = { number: '500.9/4/Disperin-Bjr/2026', date: '2026-03-02' };
const TAPIN = { number: '500.9/11/DPPKUKM/2026', date: '2026-03-09' };

/** The province's letter over nominees proposed by two kab/kota letters and one of its own. */
function provinceLetterWithSources() {
  const rows = [
    annexRow(1, { kabKota: 'Kabupaten Banjar', sourceLetter: BANJAR }),
    annexRow(2, { kabKota: 'Kabupaten Banjar', sourceLetter: BANJAR }),
    annexRow(3, { kabKota: 'Kabupaten Tapin', sourceLetter: TAPIN }),
    annexRow(4, { kabKota: 'Kota Banjarbaru' }),
  ];
  return defaultLetter('B', provinceOffice(), LETTER_ROUND, rows, IDS);
}

async function render(name: string, bytes: Promise<Uint8Array>): Promise<string> {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, await bytes);
  return file;
}

describe("the province's letter cites each kab/kota letter", () => {
  it('names every kab/kota letter once in the body, by nomor and tanggal', async () => {
    const letter = provinceLetterWithSources();
    const file = await render(
      'surat',
      renderPdfNode(letterDocument(letter, provinceOffice(), { draft: false })),
    );
    const text = pdfFlatText(file);
    // The list marker of the point is drawn beside its second line, so read the point in two parts.
    expect(text).toContain(
      'calon IKM tersebut diusulkan oleh kabupaten/kota melalui surat Kabupaten',
    );
    expect(text).toContain(
      'Banjar Nomor 500.9/4/Disperin-Bjr/2026 tanggal 2 Maret 2026 dan Kabupaten Tapin Nomor 500.9/11/DPPKUKM/2026 tanggal 9 Maret 2026;',
    );
    // Once in the body; the lampiran (from page 2) names it per nominee.
    const body = pdfFlatText(file, { first: 1, last: 1 });
    expect(body.split('Nomor 500.9/4/Disperin-Bjr/2026').length - 1).toBe(1);
  });

  it("shows the proposing letter in each nominee's Keterangan in the lampiran", async () => {
    const letter = provinceLetterWithSources();
    const file = await render(
      'lampiran',
      renderPdfNode(annexDocument(letter, provinceOffice(), { draft: false })),
    );
    const text = pdfFlatText(file).replace(/\s+/g, '');
    const banjar = 'SuratusulanNomor500.9/4/Disperin-Bjr/2026tanggal2Maret2026';
    const tapin = 'SuratusulanNomor500.9/11/DPPKUKM/2026tanggal9Maret2026';
    expect(text.split(banjar).length - 1).toBe(2);
    expect(text.split(tapin).length - 1).toBe(1);
  });

  it('adds no citation when no nominee came with a kab/kota letter', () => {
    const letter = defaultLetter('B', provinceOffice(), LETTER_ROUND, [annexRow(1)], IDS);
    expect(letter.body.points.join(' ')).not.toContain('{surat_kabkota}');
  });
});
