import ExcelJS from 'exceljs';
import { planCommit } from '@shared/import';
import { createContext } from '../../../renderer/src/db';
import { OvopDatabase } from '../../../renderer/src/db/database';
import { commitImport } from '../../../renderer/src/features/import-export/import-commit';
import { catalogLookup } from './page-regions';
import type { ImportResult } from './bench-api';
import { buildAppRepositories } from '../../../renderer/src/db/app-repositories';
import { readSpreadsheet } from '../../../renderer/src/platform/spreadsheet';
import { checkTable, inspect } from '../../../renderer/src/features/import-export/import-session';

interface MemoryInfo {
  readonly usedJSHeapSize: number;
}

/** Chromium's JS heap (precise with --enable-precise-memory-info), sampled every 20 ms. */
function heapSampler(): { stop(): number } {
  const read = (): number =>
    (performance as unknown as { memory?: MemoryInfo }).memory?.usedJSHeapSize ?? 0;
  let peak = read();
  const timer = setInterval(() => {
    peak = Math.max(peak, read());
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, read()) / 2 ** 20;
    },
  };
}

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * Ours: the app's reading of the file (`readSpreadsheet`: the XLSX checked before exceljs loads it,
 * then the data sheet's cells) → the import screens' steps: `inspect` (header row and column mapping)
 * and `checkTable` (map, normalise, validate, duplicates against the register) → planCommit →
 * commitImport, the app's commit step (one transaction: `enterpriseRepository.bulkCreate` validates every
 * row, checks NIBs with one query, bulk-adds the records, then the journal row and the import's one
 * audit row listing what it created).
 * Peer: the bare exceljs load of the same bytes.
 */
export async function importXlsx(url: string, runs: number): Promise<ImportResult[]> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const lookup = catalogLookup();
  await lookup.kabKotaList();
  const results: ImportResult[] = [];
  for (let run = 0; run < runs; run++) {
    gc();
    const peerHeap = heapSampler();
    const p0 = performance.now();
    const bare = new ExcelJS.Workbook();
    await bare.xlsx.load(bytes);
    const peerMs = performance.now() - p0;
    const peerPeakHeapMiB = peerHeap.stop();
    if (bare.worksheets[0]?.rowCount === 0) throw new Error('berkas kosong');

    gc();
    await deleteDatabase('bench-import');
    const db = new OvopDatabase('bench-import');
    await db.open();
    const repos = buildAppRepositories(createContext(db));
    const heap = heapSampler();
    const t0 = performance.now();
    const read = await readSpreadsheet('ikm.xlsx', new Uint8Array(bytes));
    if (!read.ok) throw new Error(read.message);
    const t1 = performance.now();
    const header = await inspect(repos, 'ikm', read.table);
    if (!header) throw new Error('judul kolom tidak ditemukan');
    const result = await checkTable(repos, 'ikm', read.table, header, header.mapping, { lookup });
    if (!result.ok) throw new Error(result.message);
    const plan = planCommit(result.report.rows);
    const t2 = performance.now();
    await commitImport(repos, 'ikm', plan);
    const t3 = performance.now();
    const peakHeapMiB = heap.stop();
    const committed = await db.enterprises.count();
    db.close();
    await deleteDatabase('bench-import');
    results.push({
      oursMs: t3 - t0,
      peerMs,
      parseMs: t1 - t0,
      validateMs: t2 - t1,
      commitMs: t3 - t2,
      committed,
      peakHeapMiB,
      peerPeakHeapMiB,
    });
  }
  return results;
}
