// `npm run bench`: every benchmark of the app, one JSON document on stdout, also saved
// as bench-results/bench-<date>.json and bench-results/latest.json (gitignored). Progress goes to stderr.
// Repeat counts and sizes come from environment variables (see DEFAULTS); BENCH_ONLY=pdf,zip,… runs a
// subset; BENCH_SKIP_BUILD=1 reuses dist/renderer and dist/bench.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../e2e/support/browser';
import { dashboardBench } from './browser/dashboard-bench';
import {
  bulkWriteBench,
  coldStartBench,
  importBench,
  pdfBatchBench,
  searchBench,
} from './browser/browser-bench';
import { BENCH_ORIGIN, startStaticServer } from './browser/static-server';
import { machine, runsFromEnv, versions, type BenchResult } from './lib/result';
import { bundleSizeBench } from './node/bundle-size';
import { writeImportSheet } from './node/import-data';
import { pdfLetterBench } from './node/pdf-bench';
import { serverPushBench } from './node/server-bench';
import { syncClientBench } from './node/sync-client-bench';
import { zipBench } from './node/zip-bench';

const OUT_DIR = 'bench-results';
const WORK_DIR = join(OUT_DIR, 'work');
const GRID_ROW = '.MuiDataGrid-row';

const settings = {
  pdfRuns: runsFromEnv('BENCH_PDF_RUNS', 15),
  batchLetters: runsFromEnv('BENCH_BATCH_LETTERS', 100),
  batchRuns: runsFromEnv('BENCH_BATCH_RUNS', 1),
  importRows: runsFromEnv('BENCH_IMPORT_ROWS', 10_000),
  importRuns: runsFromEnv('BENCH_IMPORT_RUNS', 2),
  bulkRows: runsFromEnv('BENCH_BULK_ROWS', 100_000),
  bulkRuns: runsFromEnv('BENCH_BULK_RUNS', 2),
  searchRows: runsFromEnv('BENCH_SEARCH_ROWS', 100_000),
  zipRuns: runsFromEnv('BENCH_ZIP_RUNS', 3),
  coldRows: runsFromEnv('BENCH_COLD_ROWS', 10_000),
  coldRuns: runsFromEnv('BENCH_COLD_RUNS', 5),
  dashboardRows: runsFromEnv('BENCH_DASHBOARD_ROWS', 100_000),
  dashboardNominees: runsFromEnv('BENCH_DASHBOARD_NOMINEES', 150),
  dashboardRuns: runsFromEnv('BENCH_DASHBOARD_RUNS', 5),
  serverRows: runsFromEnv('BENCH_SERVER_ROWS', 10_000),
  serverRuns: runsFromEnv('BENCH_SERVER_RUNS', 4),
  // The register size a new PC must bootstrap (100,000 IKM); BENCH_SYNC_ROWS=10000 for a short run.
  syncRows: runsFromEnv('BENCH_SYNC_ROWS', 100_000),
};
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const wanted = (key: string): boolean => only.size === 0 || only.has(key);
const log = (text: string): void => void process.stderr.write(`[bench] ${text}\n`);

function failed(name: string, target: string, error: unknown): BenchResult {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    name,
    value: null,
    unit: '',
    peer: null,
    peerValue: null,
    ratio: null,
    target,
    met: false,
    note: `Benchmark failed: ${message}`,
  };
}

async function step(
  results: BenchResult[],
  key: string,
  name: string,
  target: string,
  work: () => Promise<BenchResult | BenchResult[]>,
): Promise<void> {
  if (!wanted(key)) return;
  log(`${name} …`);
  const started = performance.now();
  try {
    const out = await work();
    results.push(...(Array.isArray(out) ? out : [out]));
  } catch (error) {
    results.push(failed(name, target, error));
  }
  log(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function build(notes: string[]): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  const app = spawnSync('npm', ['run', 'build:renderer'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (app.status !== 0)
    notes.push('npm run build:renderer failed: app figures use the previous dist/renderer.');
  const page = spawnSync('npx', ['vite', 'build', '--config', 'test/bench/vite.bench.config.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (page.status !== 0)
    throw new Error('Halaman tolok ukur gagal dibangun (test/bench/vite.bench.config.ts).');
}

async function main(): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true });
  const started = new Date();
  const notes: string[] = [];
  const results: BenchResult[] = [];
  const browserKeys = ['batch', 'import', 'bulk', 'search', 'cold', 'dashboard'];
  const needsBuild = wanted('bundle') || browserKeys.some(wanted);
  if (needsBuild) {
    log('building the renderer and the bench page …');
    build(notes);
  }

  await step(results, 'pdf', 'letter + 50-row lampiran to PDF bytes', '≤ 1.3 × peer', () =>
    pdfLetterBench(settings.pdfRuns),
  );
  await step(
    results,
    'zip',
    '200 MB submission pack to zip',
    '≥ 0.7 × peer; memory < 2 × largest file',
    () => Promise.resolve(zipBench(WORK_DIR, settings.zipRuns)),
  );
  await step(results, 'server', 'shared register push and pull throughput', '≥ 0.5 × peer', () =>
    serverPushBench(settings.serverRows, settings.serverRuns),
  );
  await step(
    results,
    'sync',
    'shared register first sync and edit visibility',
    '≤ 1.5 × peer; ≤ 2,000 ms',
    () => syncClientBench(settings.syncRows),
  );
  await step(results, 'bundle', 'initial JS of the renderer', '≤ 600 kB', () =>
    Promise.resolve(bundleSizeBench('dist/renderer')),
  );

  if (browserKeys.some(wanted)) {
    const server = await startStaticServer({
      app: 'dist/renderer',
      bench: 'dist/bench',
      data: WORK_DIR,
    });
    try {
      await step(
        results,
        'batch',
        `${settings.batchLetters} letters in a batch off the UI thread`,
        'no main-thread block > 50 ms',
        () => pdfBatchBench(settings.batchLetters, settings.batchRuns),
      );
      await step(
        results,
        'import',
        'import 10,000-row XLSX into the register',
        '≤ 2 × peer',
        async () => {
          const file = `ikm-${settings.importRows}.xlsx`;
          await writeImportSheet(join(WORK_DIR, file), settings.importRows);
          return importBench(
            `${BENCH_ORIGIN}/data/${file}`,
            settings.importRows,
            settings.importRuns,
          );
        },
      );
      await step(results, 'bulk', 'bulk write IKM records', '≤ 1.5 × peer', () =>
        bulkWriteBench(settings.bulkRows, settings.bulkRuns),
      );
      await step(results, 'search', 'filter + text search', '≤ 50 ms', () =>
        searchBench(settings.searchRows, ['rumah', 'produksi', 'kerupuk']),
      );
      await step(results, 'cold', 'cold start to interactive register', '≤ 1,000 ms', () =>
        coldStartBench(settings.coldRows, settings.coldRuns, GRID_ROW),
      );
      await step(
        results,
        'dashboard',
        `Beranda on ${settings.dashboardRows.toLocaleString('en')} IKM`,
        '≤ 1,000 ms data; ≤ 2,000 ms cold',
        () =>
          dashboardBench(
            settings.dashboardRows,
            settings.dashboardNominees,
            settings.dashboardRuns,
            settings.coldRuns,
          ),
      );
    } finally {
      server.close();
    }
  }

  const finished = new Date();
  const document = {
    machine: machine(),
    date: started.toISOString(),
    durationSeconds: Math.round((finished.getTime() - started.getTime()) / 1000),
    versions: versions(CHROMIUM_PATH),
    settings,
    notes,
    results,
  };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(OUT_DIR, `bench-${stamp}.json`), text);
  writeFileSync(join(OUT_DIR, 'latest.json'), text);
  process.stdout.write(text);
  const missed = results.filter((r) => !r.met).map((r) => r.name);
  log(missed.length === 0 ? 'every target met' : `targets NOT met: ${missed.join('; ')}`);
}

await main();
