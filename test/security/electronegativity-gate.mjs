// Security gate: runs @doyensec/electronegativity over electron/ and renderer/ together (one scan,
// so its global checks see main's guards) and fails on any HIGH/MEDIUM finding of FIRM/CERTAIN
// confidence that is not in the reviewed allow-list. The tool itself always exits 0, so we read
// its CSV. It tries to fetch Electron's release list; `-e <version>` plus a hard timeout keep it
// from hanging offline.
//
// Reviewed exceptions are keyed by location: issue + file + the flagged code itself (the tool's
// `sample` column), each used by one finding only. A new insecure BrowserWindow in an allowed file
// is a new finding and fails. windowOptions() (electron/main/window.ts), which the tool cannot
// read, is checked by window-options-check.mjs. `--source <dir>` scans a copy (tests of the gate).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

import { checkWindowOptions } from './window-options-check.mjs';

const ROOT = process.cwd();
const sourceArg = process.argv.indexOf('--source');
const SOURCE_ROOT = sourceArg >= 0 ? process.argv[sourceArg + 1] : ROOT;
const SCANNED = ['electron', 'renderer'];
const SOURCE = /\.(ts|tsx|js|mjs|cjs|html)$/;
const TIMEOUT_MS = 180_000;
const CANARY_DIR = 'zz-gate-canary';
const allowFile = join(ROOT, 'test', 'security', 'electronegativity-allow.json');

/** A minimal CSV reader: quoted fields with "" escapes, commas inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** A reason the gate fails: reported once the scan's folder is removed (see the end). */
class GateFailure extends Error {}

function fail(message) {
  throw new GateFailure(message);
}

const scanDir = mkdtempSync(join(tmpdir(), 'ovop-electronegativity-'));
const csvPath = join(scanDir, 'report.csv');
try {
  const sourceRoot = join(scanDir, 'src');
  for (const dir of SCANNED) {
    cpSync(join(SOURCE_ROOT, dir), join(sourceRoot, dir), {
      recursive: true,
      filter: (path) => {
        const rel = relative(SOURCE_ROOT, path);
        if (
          rel
            .split(sep)
            .some((part) => part === 'node_modules' || part === 'dist' || part === 'public')
        )
          return false;
        return !/\.[a-z0-9]+$/i.test(rel) || SOURCE.test(rel);
      },
    });
  }
  // A known-bad canary proves the scan really parsed files: if its finding is missing, the run is void.
  mkdirSync(join(sourceRoot, CANARY_DIR));
  writeFileSync(
    join(sourceRoot, CANARY_DIR, 'canary.js'),
    "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false } });\n",
  );
  const electronVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const bin = join(
    ROOT,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
  );
  console.log(`electronegativity ${SCANNED.join(' + ')} (Electron ${electronVersion}) …`);
  // Under heavy load the tool has (rarely) produced a report without the canary's finding. Such a
  // run proves nothing, so it is repeated; only a run that found the canary is ever judged.
  const MAX_ATTEMPTS = 3;
  let header = [];
  let rows = [];
  let canaryFound = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && !canaryFound; attempt += 1) {
    rmSync(csvPath, { force: true });
    const run = spawnSync(
      bin,
      ['-i', sourceRoot, '-o', csvPath, '-r', '-v', 'false', '-e', electronVersion],
      {
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
        killSignal: 'SIGKILL',
      },
    );
    if (run.error) fail(`electronegativity tidak dapat dijalankan (${run.error.message}).`);
    if (!existsSync(csvPath))
      fail(`electronegativity tidak menulis laporan CSV.\n${run.stdout}\n${run.stderr}`);
    [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8'));
    const fileColumn = header.indexOf('filename');
    canaryFound = rows.some((r) =>
      (r[fileColumn] ?? '').split(sep).join('/').startsWith(`${CANARY_DIR}/`),
    );
    if (!canaryFound)
      console.log(
        `Percobaan ${attempt}: temuan canary tidak ada dalam laporan (${rows.length} baris); pemindaian diulang.`,
      );
  }
  const col = (name) => header.indexOf(name);
  const [iIssue, iSeverity, iConfidence, iFile, iLocation, iSample] = [
    'issue',
    'severity',
    'confidence',
    'filename',
    'location',
    'sample',
  ].map(col);
  if ([iIssue, iSeverity, iConfidence, iFile].some((i) => i < 0))
    fail(`kolom CSV tidak dikenal: ${header.join(', ')}`);

  const allow = JSON.parse(readFileSync(allowFile, 'utf8'));
  for (const entry of allow) {
    if (!entry.issue || !entry.file || !entry.sample || !entry.reason || entry.reason.length < 20) {
      fail(`entri allow-list tanpa alasan yang jelas: ${JSON.stringify(entry)}`);
    }
  }
  const used = new Set();
  const allFindings = rows.map((r) => ({
    issue: r[iIssue],
    severity: r[iSeverity],
    confidence: r[iConfidence],
    file: (r[iFile] ?? '').split(sep).join('/'),
    location: r[iLocation] ?? '',
    sample: (r[iSample] ?? '').trim(),
  }));
  const findings = allFindings.filter((f) => !f.file.startsWith(`${CANARY_DIR}/`));
  if (
    !allFindings.some(
      (f) => f.issue === 'CONTEXT_ISOLATION_JS_CHECK' && f.file.startsWith(`${CANARY_DIR}/`),
    )
  ) {
    fail(
      'pemindaian tidak menemukan temuan canary yang disengaja; hasil electronegativity tidak dapat dipercaya.',
    );
  }
  const gated = findings.filter(
    (f) => ['HIGH', 'MEDIUM'].includes(f.severity) && ['FIRM', 'CERTAIN'].includes(f.confidence),
  );
  const blocking = gated.filter((f) => {
    const index = allow.findIndex(
      (a, i) => !used.has(i) && a.issue === f.issue && a.file === f.file && a.sample === f.sample,
    );
    if (index >= 0) used.add(index);
    return index < 0;
  });

  console.log(
    `Temuan: ${findings.length} total, ${gated.length} HIGH/MEDIUM dengan keyakinan FIRM/CERTAIN, ` +
      `${gated.length - blocking.length} sudah ditinjau (allow-list), ${blocking.length} memblokir.`,
  );
  allow.forEach((entry, index) => {
    if (!used.has(index))
      console.log(`Catatan: entri allow-list tidak lagi terpakai: ${entry.issue} @ ${entry.file}`);
  });
  const windowProblems = checkWindowOptions(
    readFileSync(join(SOURCE_ROOT, 'electron', 'main', 'window.ts'), 'utf8'),
  );
  for (const problem of windowProblems) console.error(`  HIGH/CERTAIN WINDOW_OPTIONS ${problem}`);
  if (blocking.length > 0) {
    for (const f of blocking)
      console.error(
        `  ${f.severity}/${f.confidence} ${f.issue} ${f.file}:${f.location} ${f.sample}`,
      );
  }
  if (blocking.length > 0 || windowProblems.length > 0) {
    fail(
      `${blocking.length} temuan belum ditinjau, ${windowProblems.length} masalah windowOptions(). ` +
        `Perbaiki, atau tambahkan temuan ke ${relative(ROOT, allowFile)} dengan kode yang ditandai (sample) dan alasannya.`,
    );
  }
  console.log('Gerbang keamanan lulus.');
} catch (error) {
  if (!(error instanceof GateFailure)) throw error;
  console.error(`Gerbang keamanan GAGAL: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scanDir, { recursive: true, force: true });
}
