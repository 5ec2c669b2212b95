import { describe, expect, it } from 'vitest';
import {
  ANNEX_COLUMNS,
  annexDocument,
  letterDocument,
  PAPER_SIZES,
  prepareForRender,
  type PdfDocDefinition,
} from '@shared/documents';
import { sampleDefinition } from '../../../tools/samples';
import {
  EMBLEM_PNG_DATA_URL,
  provinceLetter,
  provinceOffice,
  sampleVariants,
} from '../../../support/factories/letter';
import { walkNodes } from '../../../support/pdf';

function allStrings(def: PdfDocDefinition): string[] {
  return walkNodes(def)
    .flatMap((n) => (typeof n.text === 'string' ? [n.text] : []))
    .concat(JSON.stringify(def.content).match(/"[^"]*"/g) ?? []);
}

/** Rows of a lampiran table a golden file keeps; longer tables are checked by the rules below. */
const GOLDEN_ROWS = 3;

interface AnnexTable {
  headerRows?: number;
  dontBreakRows?: boolean;
  body: Array<Array<string | { text?: unknown }>>;
}

/** A cell's text: plain cells are strings, styled ones nodes. */
const cellText = (cell: string | { text?: unknown } | undefined): unknown =>
  typeof cell === 'string' ? cell : cell?.text;

function annexTables(def: PdfDocDefinition): AnnexTable[] {
  return walkNodes(def).flatMap((n) => {
    const table = n.table as AnnexTable | undefined;
    return table?.headerRows === 1 ? [table] : [];
  });
}

/** The definition with every lampiran table cut to its header and first rows. */
function goldenView(def: PdfDocDefinition): PdfDocDefinition {
  const copy = JSON.parse(JSON.stringify(def)) as PdfDocDefinition;
  for (const table of annexTables(copy)) table.body = table.body.slice(0, 1 + GOLDEN_ROWS);
  return copy;
}

describe('letter document definitions (golden files in test/golden, a few rows per lampiran)', () => {
  for (const sample of sampleVariants()) {
    it(`${sample.name} matches its golden definition`, async () => {
      const def = goldenView(sampleDefinition(sample));
      await expect(`${JSON.stringify(def, null, 1)}\n`).toMatchFileSnapshot(
        `../../../golden/${sample.name}.json`,
      );
    });
  }
});

describe('lampiran tables beyond the golden rows (rules)', () => {
  const long = sampleVariants().filter((s) =>
    s.letter.annexes.some((a) => a.rows.length > GOLDEN_ROWS),
  );

  it('has long samples to check (60 nominees)', () => {
    expect(long.map((s) => s.name)).toContain('C-lampiran-60-F4-final');
  });

  for (const sample of long) {
    it(`${sample.name}: one row per nominee, numbered 1 to n, every column present, header repeated on each page`, () => {
      const tables = annexTables(sampleDefinition(sample));
      expect(tables).toHaveLength(sample.letter.annexes.length);
      tables.forEach((table, i) => {
        const rows = sample.letter.annexes[i]?.rows ?? [];
        expect(table.body).toHaveLength(1 + rows.length);
        expect(table.body[0]?.map(cellText)).toEqual(ANNEX_COLUMNS.map((c) => c.header));
        for (const row of table.body) expect(row).toHaveLength(ANNEX_COLUMNS.length);
        expect(table.body.slice(1).map((r) => cellText(r[0]))).toEqual(
          rows.map((_r, n) => `${n + 1}.`),
        );
        expect(table.body.slice(1).map((r) => cellText(r[1]))).toEqual(
          rows.map((r) => r.enterpriseName),
        );
        // pdfmake repeats the header row on every page and never splits a row across pages.
        expect(table.headerRows).toBe(1);
        expect(table.dontBreakRows).toBe(true);
      });
    });
  }
});

describe('letter document rules', () => {
  it('is plain data that survives JSON (and so a worker message)', () => {
    const def = letterDocument(provinceLetter(3), provinceOffice(), { draft: true });
    expect(JSON.parse(JSON.stringify(def))).toEqual(def);
  });

  it('marks drafts with a diagonal KONSEP watermark and final letters without', () => {
    expect(
      letterDocument(provinceLetter(3), provinceOffice(), { draft: true }).watermark?.text,
    ).toBe('KONSEP');
    expect(
      letterDocument(provinceLetter(3), provinceOffice(), { draft: false }).watermark,
    ).toBeUndefined();
  });

  it('uses the office paper size: A4 or F4 (215 × 330 mm)', () => {
    expect(letterDocument(provinceLetter(3), provinceOffice(), { draft: false }).pageSize).toEqual(
      PAPER_SIZES.A4,
    );
    expect(
      letterDocument(provinceLetter(3), provinceOffice({}, { paper: 'F4' }), { draft: false })
        .pageSize,
    ).toEqual({ width: 609.45, height: 935.43 });
  });

  it('contains the emblem as the only image, and none when the emblem is not a real PNG/JPEG', () => {
    const images = (def: PdfDocDefinition) =>
      walkNodes(def).flatMap((n) => (n.image === undefined ? [] : [n.image]));
    expect(images(letterDocument(provinceLetter(3), provinceOffice(), { draft: false }))).toEqual([
      EMBLEM_PNG_DATA_URL,
    ]);
    const svg = provinceOffice({ emblem: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' });
    expect(images(letterDocument(provinceLetter(3), svg, { draft: false }))).toEqual([]);
  });

  it('keeps user text as text: an image-looking or link-looking value never becomes an image or link', () => {
    const letter = provinceLetter(3, {
      hal: 'data:image/png;base64,iVBORw0KGgo',
      copyTo: ['https://contoh.go.id'],
    });
    const def = letterDocument(letter, provinceOffice(), { draft: false });
    const nodes = walkNodes(def);
    expect(nodes.filter((n) => 'image' in n)).toHaveLength(1);
    expect(nodes.filter((n) => 'link' in n)).toHaveLength(0);
    expect(allStrings(def).some((s) => s.includes('https://contoh.go.id'))).toBe(true);
  });

  it('turns the lampiran section to landscape on a new page, with a repeating table header', () => {
    const def = letterDocument(provinceLetter(3), provinceOffice(), { draft: false });
    const section = walkNodes(def).find((n) => n.pageOrientation === 'landscape');
    expect(section?.pageBreak).toBe('before');
    const table = walkNodes(def).find(
      (n) => (n.table as { headerRows?: number } | undefined)?.headerRows === 1,
    );
    expect((table?.table as { body: unknown[][] }).body[0]).toHaveLength(11);
  });

  it('numbers pages from page 2 as "- n -" at the top', () => {
    const render = prepareForRender(
      letterDocument(provinceLetter(3), provinceOffice(), { draft: false }),
    );
    expect(render.header?.(1, 3)).toBeNull();
    expect(render.header?.(2, 3)).toMatchObject({ text: '- 2 -', alignment: 'center' });
  });

  it('builds a lampiran-only document in landscape', () => {
    const def = annexDocument(provinceLetter(3), provinceOffice(), { draft: true });
    expect(def.pageOrientation).toBe('landscape');
    expect(walkNodes(def).some((n) => n.pageBreak === 'before')).toBe(false);
  });
});
