import { describe, expect, it } from 'vitest';
import { planCommit } from '@shared/import/duplicates';
import { runPipeline } from '@shared/import/pipeline';
import { createContext } from '../../renderer/src/db';
import { OvopDatabase } from '../../renderer/src/db/database';
import { readSpreadsheet } from '../../renderer/src/platform/spreadsheet';
import { commitImport } from '../../renderer/src/features/import-export/import-commit';
import { ikmExtrasRow, ikmExtrasTable } from '../support/factories/import-extras';
import { seededRandom, testRegionLookup, xlsxBytes } from '../support/factories/spreadsheet';
import { buildAppRepositories } from '../../renderer/src/db/app-repositories';

/**
 * Seeded mutations of valid XLSX and CSV files. Every case must end "imported after validation"
 * (pipeline report; a sample is also committed into fake-indexeddb) or "refused with a message":
 * no crash, no hang, no partial import. FUZZ_CASES sets the count (default 2000), FUZZ_SEED the seed.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260301);
const CASE_TIMEOUT_MS = 15_000;

type Outcome =
  { kind: 'refused'; message: string } | { kind: 'validated'; rows: number; committed?: number };

function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const out = Array.from(bytes);
  const edits = 1 + Math.floor(next() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * Math.max(1, out.length));
    const op = Math.floor(next() * 6);
    if (op === 0) out[at] = Math.floor(next() * 256);
    else if (op === 1) out.splice(at, 1 + Math.floor(next() * 16));
    else if (op === 2)
      out.splice(
        at,
        0,
        ...Array.from({ length: 1 + Math.floor(next() * 16) }, () => Math.floor(next() * 256)),
      );
    else if (op === 3) out.length = Math.max(0, at);
    else if (op === 4)
      out.splice(
        at,
        0,
        ...out.slice(Math.floor(next() * out.length), Math.floor(next() * out.length)).slice(0, 64),
      );
    else out[at] = [0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x3d, 0x27, 0x00][Math.floor(next() * 8)] ?? 0;
  }
  return Uint8Array.from(out);
}

/** Valid, tidied and invalid IKM rows, with product, legalitas and sentra columns (created or sent to Catatan). */
const full = {
  Produk: 'Kerupuk Ikan',
  Komoditi: 'makanan dan minuman',
  Legalitas: 'SPP-IRT',
  'No. Legalitas': 'P-IRT 1',
  'Tanggal Terbit': '21 Mei 2024',
  'Masa Berlaku': '2029-05-21',
  Sentra: 'Sentra Kerupuk',
};
const baseRows = () => [
  ikmExtrasRow(full, 1),
  ikmExtrasRow({ Produk: 'Amplang', Legalitas: 'Halal' }, 2, { Investasi: '1.500.000' }),
  ikmExtrasRow(full, 3, { 'No. NIB': '12' }),
];

function csvText(): string {
  const table = ikmExtrasTable([
    ...baseRows(),
    ikmExtrasRow({ Komoditi: 'anyaman' }, 4, { 'Kab/Kota': 'Banjar' }),
  ]);
  return table.rows
    .map((r) => r.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(';'))
    .join('\r\n');
}

let dbSeq = 0;
async function runCase(name: string, bytes: Uint8Array, commit: boolean): Promise<Outcome> {
  const read = await readSpreadsheet(name, bytes);
  if (!read.ok) return { kind: 'refused', message: read.message };
  const result = await runPipeline(read.table, { kind: 'ikm', lookup: testRegionLookup() });
  if (!result.ok) return { kind: 'refused', message: result.message };
  for (const row of result.report.rows) {
    expect(['valid', 'normalised', 'invalid', 'duplicate', 'skipped']).toContain(row.outcome);
    if (row.outcome === 'invalid')
      expect(row.messages.some((m) => m.severity === 'error' && m.text.length > 0)).toBe(true);
  }
  if (!commit) return { kind: 'validated', rows: result.report.rows.length };
  dbSeq += 1;
  const ctx = createContext(new OvopDatabase(`fuzz-${dbSeq}`));
  await ctx.db.open();
  const plan = planCommit(result.report.rows);
  try {
    await commitImport(buildAppRepositories(ctx), 'ikm', plan);
    const [written, journal, products, credentials] = await Promise.all([
      ctx.db.enterprises.count(),
      ctx.db.importJournal.count(),
      ctx.db.products.count(),
      ctx.db.credentials.count(),
    ]);
    const ikmForms = plan.creates.flatMap((c) => (c.form.kind === 'ikm' ? [c.form] : []));
    expect([written, journal]).toEqual([plan.creates.length, 1]);
    expect([products, credentials]).toEqual([
      ikmForms.filter((f) => f.product).length,
      ikmForms.filter((f) => f.credential).length,
    ]);
    return { kind: 'validated', rows: result.report.rows.length, committed: written };
  } catch (error) {
    // A refused commit must leave nothing behind.
    expect([
      await ctx.db.enterprises.count(),
      await ctx.db.importJournal.count(),
      await ctx.db.products.count(),
      await ctx.db.credentials.count(),
    ]).toEqual([0, 0, 0, 0]);
    return { kind: 'refused', message: error instanceof Error ? error.message : String(error) };
  } finally {
    await ctx.db.delete();
  }
}

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`macet: ${label}`)), CASE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('importer fuzz', () => {
  it(`${CASES} seeded mutations of valid XLSX/CSV end validated or refused with a message`, async () => {
    const next = seededRandom(SEED);
    const xlsx = await xlsxBytes(ikmExtrasTable(baseRows()).rows);
    const csv = new TextEncoder().encode(csvText());
    const tally = { refused: 0, validated: 0, committed: 0 };
    for (let i = 0; i < CASES; i++) {
      const useXlsx = i % 2 === 0;
      const input = mutate(useXlsx ? xlsx : csv, next);
      const label = `kasus ${i} (benih ${SEED}, ${useXlsx ? 'xlsx' : 'csv'})`;
      const outcome = await withTimeout(
        runCase(useXlsx ? 'fuzz.xlsx' : 'fuzz.csv', input, i % 20 < 2),
        label,
      ).catch((error: unknown) => {
        throw new Error(`${label}: ${error instanceof Error ? error.stack : String(error)}`);
      });
      if (outcome.kind === 'refused') {
        expect(outcome.message.trim().length, label).toBeGreaterThan(0);
        tally.refused += 1;
      } else {
        tally.validated += 1;
        if (outcome.committed !== undefined) tally.committed += 1;
      }
    }
    console.log(
      `fuzz: ${CASES} kasus, ${tally.validated} tervalidasi (${tally.committed} disimpan ke fake-indexeddb), ${tally.refused} ditolak dengan pesan`,
    );
    expect(tally.refused + tally.validated).toBe(CASES);
    expect(tally.validated).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
    expect(tally.committed).toBeGreaterThan(0);
  }, 600_000);
});
