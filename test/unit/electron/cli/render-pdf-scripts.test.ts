import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { letterDocument } from '@shared/documents';
import { ARABIC_FONT, unprintableInDocument } from '@shared/documents/script-runs';
import { renderPdfNode } from '../../../../electron/cli/render-pdf';
import { annexRow, provinceLetter, provinceOffice } from '../../../support/factories/letter';
import { pdfFlatText, pdfPageCount } from '../../../support/pdf';

const folder = mkdtempSync(join(tmpdir(), 'ovop-aksara-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A lampiran whose IKM and owner names are written in Arabic script (Arab-Melayu), one with an emoji. */
function arabicLetter() {
  const rows = [
    annexRow(0, { enterpriseName: 'UD كاين تنون سمبس', ownerName: 'محمد علي' }),
    annexRow(1, { enterpriseName: 'Kerupuk Haruan 🐟', ownerName: 'Siti Aminah' }),
  ];
  const title = provinceLetter(2).annexes[0]?.title ?? 'Lampiran';
  return letterDocument(provinceLetter(2, { annexes: [{ title, rows }] }), provinceOffice(), {
    draft: false,
  });
}

describe('names in Arabic script and emoji in the lampiran', () => {
  it('embeds the Arabic font and pdftotext extracts the Arabic-script names', async () => {
    const bytes = await renderPdfNode(arabicLetter());
    const file = join(process.env.OVOP_KEEP_PNG ?? folder, 'lampiran-arab.pdf');
    writeFileSync(file, bytes);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoNaskhArabic/);
    expect(fonts).toMatch(/Arimo/);
    const text = pdfFlatText(file);
    // Noto Naskh draws some medial letters (ب ت ن ي) from one dotless base glyph plus dot marks, so
    // pdftotext can map those back to a sibling letter; these words have no such shared glyph.
    for (const word of ['كاين', 'محمد', 'علي']) expect(text).toContain(word);
    // Latin text around the Arabic run keeps its font and its words.
    expect(text).toContain('UD');
    // A PNG of the lampiran (the last page) for a look at shaping and direction (kept when
    // OVOP_KEEP_PNG is set).
    const last = String(pdfPageCount(file));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '110',
      '-f',
      last,
      '-l',
      last,
      file,
      join(process.env.OVOP_KEEP_PNG ?? folder, 'lampiran-arab'),
    ]);
  });

  it('lists the characters no embedded font can print (the emoji), and nothing for Arabic script', () => {
    expect(unprintableInDocument(arabicLetter())).toEqual(['🐟']);
    expect(ARABIC_FONT).toBe('NotoNaskhArabic');
  });
});
