import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '@shared/import/pipeline';
import type { ImportRowReport } from '@shared/import/report';
import { nodeRegionLookup, readSpreadsheetFile } from '../../../../electron/cli/import-check';
import {
  CORPORA,
  CORPUS_FORMATS,
  corpusFileName,
  layOut,
} from '../../../fixtures/import-corpus/corpus-layout';
import type { CorpusFormat } from '../../../fixtures/import-corpus/corpus-layout';
import type { Corpus, RowExpectation } from '../../../fixtures/import-corpus/corpus-types';

const FILES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import-corpus', 'files');
const lookup = nodeRegionLookup();

/** Why a row's report differs from its expectation; undefined when it matches. */
function mismatch(expected: RowExpectation, row: ImportRowReport | undefined): string | undefined {
  const got = row
    ? `${row.outcome}: ${row.messages.map((m) => m.text).join(' | ')}`
    : 'tidak dilaporkan';
  if (expected.outcome === 'skipped')
    return row === undefined || row.outcome === 'skipped' ? undefined : got;
  if (!row) return got;
  if (expected.outcome === 'duplicate') return row.outcome === 'duplicate' ? undefined : got;
  if (expected.outcome === 'invalid')
    return row.outcome === 'invalid' &&
      row.messages.some((m) => m.severity === 'error' && m.text.includes(expected.reason))
      ? undefined
      : got;
  if (row.outcome !== 'valid' && row.outcome !== 'normalised') return got;
  const value: Record<string, unknown> = { ...(row.form?.value ?? {}) };
  for (const [key, want] of Object.entries(expected.values)) {
    const have = key === 'halal' ? row.values.halal : value[key];
    const same =
      key === 'notes' ? typeof have === 'string' && have.includes(String(want)) : have === want;
    if (!same) return `${key}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`;
  }
  return undefined;
}

async function score(corpus: Corpus, format: CorpusFormat) {
  const read = await readSpreadsheetFile(join(FILES, corpusFileName(corpus, format)));
  if (!read.ok) throw new Error(read.message);
  const result = await runPipeline(read.table, {
    kind: corpus.kind,
    lookup,
    provinceCode: corpus.province,
    currentYear: 2026,
  });
  if (!result.ok) throw new Error(result.message);
  const byRow = new Map(result.report.rows.map((r) => [r.row, r]));
  const belong = { total: 0, right: 0 };
  const others = { total: 0, right: 0 };
  const misses: string[] = [];
  for (const line of layOut(corpus)) {
    if (!line.expect) continue;
    const tally = line.expect.outcome === 'imported' ? belong : others;
    tally.total += 1;
    const why = mismatch(line.expect, byRow.get(line.row));
    if (why === undefined) tally.right += 1;
    else misses.push(`baris ${line.row} (diharapkan ${line.expect.outcome}): ${why}`);
  }
  return { belong, others, misses };
}

describe('import corpus: registers as offices keep them', () => {
  for (const corpus of CORPORA) {
    for (const format of CORPUS_FORMATS) {
      it(`${corpus.id} (${format}): ≥ 98 % of register rows imported right, ≥ 90 % of the others get the right outcome`, async () => {
        const { belong, others, misses } = await score(corpus, format);
        expect(belong.total).toBeGreaterThanOrEqual(7);
        expect(others.total).toBeGreaterThanOrEqual(7);
        const rates = { belong: belong.right / belong.total, others: others.right / others.total };
        console.log(
          `${corpus.id} ${format}: ${belong.right}/${belong.total} register rows, ${others.right}/${others.total} others`,
          misses,
        );
        expect(rates.belong, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
        expect(rates.others, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
      });
    }
  }

  it('keeps the expectations in the description: every row below the header has one', () => {
    for (const corpus of CORPORA) {
      const lines = layOut(corpus);
      const firstData = lines.findIndex(
        (l) => l.line.type !== 'title' && l.line.type !== 'blank' && l.line.type !== 'header',
      );
      expect(lines.slice(firstData).every((l) => l.expect !== undefined)).toBe(true);
    }
  });
});
