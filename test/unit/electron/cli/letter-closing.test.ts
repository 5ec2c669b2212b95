import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cm,
  fitClosing,
  letterDocument,
  letterPages,
  PAPER_SIZES,
  pageMargins,
  prepareForRender,
  SPACING_STEPS,
  withSpacing,
  type PdfDocDefinition,
} from '@shared/documents';
import type { OfficeProfile } from '@shared/domain/office';
import { layoutPdfNode, renderPdfNode } from '../../../../electron/cli/render-pdf';
import { provinceLetter, provinceOffice } from '../../../support/factories/letter';
import { pdfWords, type PdfWord } from '../../../support/pdf';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ovop-penutup-'));
});
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function write(name: string, bytes: Promise<Uint8Array>): Promise<PdfWord[]> {
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, await bytes);
  return pdfWords(path);
}

function letterOnly(count: number, office: OfficeProfile): PdfDocDefinition {
  const part = letterPages(letterDocument(provinceLetter(count), office, { draft: false }));
  if (!part) throw new Error('surat tanpa penutup');
  return part;
}

const page = (words: readonly PdfWord[], text: string): number => {
  const found = words.find((w) => w.text === text);
  if (!found) throw new Error(`"${text}" tidak ada`);
  return found.page;
};

/** The words of one letter's closing, checked against the rule on its page. */
function expectClosingTogether(words: readonly PdfWord[], label: string): void {
  const demikian = words.find((w) => w.text === 'Demikian');
  const tembusan = words.filter((w) => w.text === 'Tembusan:');
  const nip = words.filter((w) => w.text === 'NIP');
  expect(tembusan, label).toHaveLength(1);
  expect(nip, label).toHaveLength(1);
  expect(demikian?.page, label).toBe(tembusan[0]?.page);
  expect(nip[0]?.page, label).toBe(tembusan[0]?.page);
}

/** Space left for the wet signature: from the job title's last line to the signer's name. */
function signatureSpace(words: readonly PdfWord[]): number {
  const name = words.find((w) => w.text === 'Ir.');
  const comma = words
    .filter((w) => w.text === 'Selatan,' && w.page === name?.page && w.yMin < (name?.yMin ?? 0))
    .at(-1);
  if (!comma || !name) throw new Error('blok tanda tangan tidak ada');
  return name.yMin - comma.yMin;
}

describe('closing of the letter (laid out by pdfmake, measured with pdftotext)', () => {
  it('tightens spacing before moving the closing: a letter that overflows at normal spacing keeps its closing on page 1', async () => {
    const office = provinceOffice();
    const part = letterOnly(1, office);
    const normal = await write('normal-1', layoutPdfNode(prepareForRender(part)));
    expect(page(normal, 'Tembusan:')).toBe(2);
    const fit = await fitClosing(part, layoutPdfNode);
    expect(fit.moved).toBe(false);
    expect(fit.step).toBeGreaterThan(0);
    const fitted = await write('rapat-1', renderPdfNode(part));
    expect(page(fitted, 'Demikian')).toBe(1);
    expect(page(fitted, 'Tembusan:')).toBe(1);
    expect(Math.max(...fitted.map((w) => w.page))).toBe(1);
  });

  it('moves the closing with the last body lines only when even the tightest spacing does not fit', async () => {
    const office = provinceOffice();
    const part = letterOnly(3, office);
    const tightest = withSpacing(part, SPACING_STEPS.length - 1);
    const squeezed = await write('terapat-3', layoutPdfNode(prepareForRender(tightest)));
    expect(page(squeezed, 'Tembusan:')).toBe(2);
    const fit = await fitClosing(part, layoutPdfNode);
    expect(fit).toMatchObject({ moved: true, step: 0 });
    const words = await write('pindah-3', renderPdfNode(part));
    expect(page(words, 'Demikian')).toBe(2);
    expectClosingTogether(words, 'A4 sans 3');
    // Moved whole, it keeps the normal 2.5 cm signature space.
    expect(signatureSpace(words)).toBeGreaterThan(cm(2.5));
  });

  it('decides the spacing from the layout alone: the fitting run ends before pdfmake draws a page', async () => {
    const part = letterOnly(1, provinceOffice());
    let finished = 0;
    const layout = async (renderable: Parameters<typeof layoutPdfNode>[0]) => {
      await layoutPdfNode(renderable);
      finished += 1;
    };
    const fit = await fitClosing(part, layout);
    expect(fit).toMatchObject({ moved: false, step: 2 });
    expect(finished).toBe(0);
    // Any other failure of the layout run still reaches the caller.
    await expect(
      fitClosing(part, () => Promise.reject(new Error('tata letak gagal'))),
    ).rejects.toThrow('tata letak gagal');
  });

  it('never tightens below the minimums: visible paragraph gaps and a 2 cm signature space', () => {
    const tightest = SPACING_STEPS[SPACING_STEPS.length - 1];
    expect(tightest?.paragraph).toBeGreaterThan(0);
    expect(tightest?.signatureGap).toBeGreaterThanOrEqual(cm(2));
    for (const [i, step] of SPACING_STEPS.entries()) {
      const previous = SPACING_STEPS[i - 1];
      if (!previous) continue;
      for (const key of Object.keys(step) as Array<keyof typeof step>)
        expect(step[key], `${key} langkah ${i}`).toBeLessThanOrEqual(previous[key]);
    }
  });

  it('tightens only the letter pages: the lampiran keep their spacing', () => {
    const def = letterDocument(provinceLetter(3), provinceOffice(), { draft: false });
    const annexes = (d: PdfDocDefinition) => JSON.stringify(d.content.slice(-1));
    expect(annexes(withSpacing(def, SPACING_STEPS.length - 1))).toBe(annexes(def));
    expect(withSpacing(def, 0)).toEqual(def);
  });

  // Every nominee count changes the body (the count in words, the kab/kota named) and the tembusan.
  it('never leaves the tembusan alone: A4 and F4, both fonts, 1 to 60 nominees, tightened first', async () => {
    const outcomes = new Set<string>();
    for (const paper of ['A4', 'F4'] as const) {
      for (const font of ['sans', 'serif'] as const) {
        const office = provinceOffice({}, { paper, font });
        const fitted: PdfDocDefinition[] = [];
        const labels: string[] = [];
        for (let count = 1; count <= 60; count++) {
          const fit = await fitClosing(letterOnly(count, office), layoutPdfNode);
          outcomes.add(fit.moved ? 'pindah' : fit.step > 0 ? 'dirapatkan' : 'normal');
          fitted.push(fit.definition);
          labels.push(
            `${paper} ${font} ${count} (langkah ${fit.step}${fit.moved ? ', pindah' : ''})`,
          );
        }
        // One PDF of all 60 letters, each from a new page; its pages are those of the letters alone.
        const first = fitted[0];
        if (!first) throw new Error('tidak ada surat');
        const all: PdfDocDefinition = {
          ...first,
          content: fitted.map((d, i) => ({
            stack: d.content,
            pageBreak: i === 0 ? undefined : 'before',
          })),
        };
        const words = await write(`${paper}-${font}`, layoutPdfNode(prepareForRender(all)));
        const starts = words.filter((w) => w.text === 'PEMERINTAH').map((w) => w.page);
        expect(starts).toHaveLength(60);
        const bottom = PAPER_SIZES[paper].height - pageMargins(office.layout)[3];
        starts.forEach((start, i) => {
          const end = (starts[i + 1] ?? Infinity) - 1;
          const letter = words.filter((w) => w.page >= start && w.page <= end);
          const label = labels[i] ?? '';
          expectClosingTogether(letter, label);
          expect(signatureSpace(letter), label).toBeGreaterThanOrEqual(cm(2) - 0.5);
          for (const w of letter) expect(w.yMin, `${label} ${w.text}`).toBeLessThan(bottom);
        });
      }
    }
    // The grid really walks all three outcomes.
    expect([...outcomes].sort()).toEqual(['dirapatkan', 'normal', 'pindah']);
  }, 600_000);
});
