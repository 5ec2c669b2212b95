import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterDocument, pageMargins } from '@shared/documents';
import type { Letter } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import { renderPdfNode } from '../../../../electron/cli/render-pdf';
import { renderSamples } from '../../../tools/samples';
import {
  kabupatenLetter,
  kabupatenOffice,
  sampleVariants,
} from '../../../support/factories/letter';
import {
  pdfFlatText,
  pdfPages,
  pdfText,
  pdfWords,
  walkNodes,
  type PdfWord,
} from '../../../support/pdf';

let folder = '';
const file = (name: string): string => join(folder, `${name}.pdf`);

async function render(name: string, letter: Letter, office: OfficeProfile): Promise<string> {
  const path = file(name);
  writeFileSync(path, await renderPdfNode(letterDocument(letter, office, { draft: false })));
  return path;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ovop-tata-letak-'));
  await renderSamples(folder);
}, 60_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A label of the number block: the word with a colon right after it on the same line. */
const label = (words: readonly PdfWord[], text: string): PdfWord => {
  const found = words.find(
    (w) =>
      w.text === text &&
      w.page === 1 &&
      words.some((c) => c.page === 1 && c.text === ':' && Math.abs(c.yMin - w.yMin) < 1),
  );
  if (!found) throw new Error(`label "${text}" tidak ada`);
  return found;
};

const first = (words: readonly PdfWord[], text: string, page = 1): PdfWord => {
  const found = words.find((w) => w.text === text && w.page === page);
  if (!found) throw new Error(`"${text}" tidak ada di halaman ${page}`);
  return found;
};

/** Pages of the letter part (before the lampiran) that carry each marker. */
function letterPagesWith(path: string, marker: RegExp): number[] {
  return pdfPages(path).flatMap((text, i) =>
    marker.test(text) && !/LAMPIRAN\s*\n\s*SURAT/.test(text) ? [i + 1] : [],
  );
}

/** The tembusan, the signer's NIP and the closing paragraph always share one page. */
function expectTembusanWithSignatureAndBody(path: string): void {
  const tembusan = letterPagesWith(path, /Tembusan/);
  expect(tembusan, path).toHaveLength(1);
  const page = pdfPages(path)[(tembusan[0] ?? 1) - 1] ?? '';
  expect(page, path).toMatch(/NIP \d{8} \d{6} \d \d{3}/);
  expect(page, path).toContain('Demikian usulan ini kami sampaikan');
}

describe('letter layout (measured in the rendered PDF)', () => {
  it('never leaves the tembusan alone on a page: it stays with the signature and the last body lines in every sample', () => {
    for (const sample of sampleVariants().filter((s) => s.kind === 'letter'))
      expectTembusanWithSignatureAndBody(file(sample.name));
  });

  // The province letter over A4/F4, both fonts and 1 to 60 nominees: letter-closing.test.ts.
  it('keeps tembusan with signature in the kabupaten letter for A4 and F4, both fonts', async () => {
    for (const paper of ['A4', 'F4'] as const) {
      for (const font of ['sans', 'serif'] as const) {
        expectTembusanWithSignatureAndBody(
          await render(
            `A-${paper}-${font}`,
            kabupatenLetter(2),
            kabupatenOffice({}, { paper, font }),
          ),
        );
      }
    }
  }, 120_000);

  it('aligns Nomor, Sifat, Lampiran, Hal, Yth. and Tembusan: exactly on the body margin', () => {
    for (const sample of sampleVariants().filter((s) => s.kind === 'letter')) {
      const path = file(sample.name);
      const words = pdfWords(path);
      const margin = pageMargins(sample.office.layout)[0];
      for (const text of ['Nomor', 'Sifat', 'Lampiran', 'Hal'])
        expect(label(words, text).xMin, `${sample.name} ${text}`).toBeCloseTo(margin, 1);
      expect(first(words, 'Yth.').xMin, sample.name).toBeCloseTo(margin, 1);
      const tembusanPage = letterPagesWith(path, /Tembusan/)[0] ?? 1;
      expect(first(words, 'Tembusan:', tembusanPage).xMin, sample.name).toBeCloseTo(margin, 1);
      // A body line without first-line indent starts on the same margin (second line of the opening).
      const bodyLineStarts = words.filter((w) => w.page === 1 && w.text === 'Kementerian');
      expect(
        bodyLineStarts.some((w) => Math.abs(w.xMin - margin) < 0.1),
        sample.name,
      ).toBe(true);
    }
  });

  it('aligns the lampiran heading block: labels on one edge, values on another', () => {
    const path = file('C-lampiran-3-A4-konsep');
    const words = pdfWords(path);
    const edge = first(words, 'LAMPIRAN').xMin;
    for (const label of ['SURAT', 'NOMOR', 'TANGGAL', 'HAL'])
      expect(first(words, label).xMin, label).toBeCloseTo(edge, 1);
    const valueEdge = first(words, '21').xMin;
    const nomorRow = first(words, 'NOMOR');
    const nomorValue = words.find(
      (w) => w.page === 1 && Math.abs(w.yMin - nomorRow.yMin) < 1 && w.xMin > nomorRow.xMin + 1,
    );
    expect(nomorValue?.xMin).toBeCloseTo(valueEdge, 1);
    expect(first(words, 'USULAN').xMin).toBeCloseTo(valueEdge, 1);
  });

  it('repeats the lampiran table header on every page and lists all 60 nominees in order', () => {
    const path = file('C-lampiran-60-F4-final');
    const pages = pdfPages(path);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) =>
      expect(text, `halaman ${i + 1}`).toMatch(/No\.\s+Nama IKM\s+Pemilik/),
    );
    const numbers = pdfWords(path)
      .filter((w) => /^\d+\.$/.test(w.text) && w.xMin < 130)
      .map((w) => Number(w.text.slice(0, -1)));
    expect(numbers).toEqual(Array.from({ length: 60 }, (_v, i) => i + 1));
  });

  it('shows the letter number in the lampiran heading exactly as the register holds it', () => {
    const text = pdfFlatText(file('C-lampiran-60-F4-final'));
    expect(text).toContain('NOMOR 500.9.2/118/Disperin/2026');
    expect(text).not.toContain('DISPERIN/2026');
  });

  it('never breaks the signer title inside a region name', async () => {
    const office = kabupatenOffice({
      regionName: 'Kabupaten Pangkajene dan Kepulauan',
      signer: {
        ...kabupatenOffice().signer,
        jobTitle: 'Kepala Dinas Perindustrian dan Perdagangan Kabupaten Pangkajene dan Kepulauan',
      },
    });
    const path = await render('judul-wilayah', kabupatenLetter(1, {}, office), office);
    const lines = pdfText(path)
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines).toContain('Kabupaten Pangkajene dan Kepulauan,');
  });

  it('TTE variant: a clean signature area without a border, one anchor per signature', () => {
    const sample = sampleVariants().find((s) => s.name === 'B-tte-A4-final-lampiran-60-serif');
    if (!sample) throw new Error('contoh TTE tidak ada');
    const anchors = walkNodes(
      letterDocument(sample.letter, sample.office, { draft: false }),
    ).filter((n) => {
      const table = n.table as { body?: unknown[][]; heights?: unknown } | undefined;
      return (
        table?.heights !== undefined && JSON.stringify(table.body ?? []).includes('${ttd_pengirim}')
      );
    });
    expect(anchors.length).toBe(1 + sample.letter.annexes.length);
    for (const box of anchors) expect(box.layout).toBe('noBorders');
    const count = pdfFlatText(file(sample.name)).split('${ttd_pengirim}').length - 1;
    expect(count).toBe(1 + sample.letter.annexes.length);
  });

  it('counts only the nominee lampiran in the body, not the reserve list', () => {
    const text = pdfFlatText(file('B-basah-A4-final-dua-lampiran'), { first: 1, last: 2 });
    expect(text).toContain('terdapat 3 (tiga) IKM');
    expect(text).toContain('Lampiran : 2 (dua) berkas');
  });

  it('closes with Bapak/Ibu and cites the ministry letter by nomor, tanggal and hal', () => {
    const text = pdfFlatText(file('B-basah-A4-final-lampiran-3'));
    expect(text).toContain('kerja sama Bapak/Ibu, kami ucapkan terima kasih');
    expect(text).toContain(
      'Nomor B/215/IKMA/IND/II/2026 tanggal 9 Februari 2026 hal Usulan Calon IKM OVOP Tahun 2026',
    );
    expect(text).not.toContain('perihal');
  });
});
