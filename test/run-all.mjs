// The README's one test command. Runs every stage in order and ends with one plain summary line
// ("Summary: N passed, N failed, N skipped") counted from the test runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let stageFailed = false;

function run(label, command, args, report) {
  console.log(`\n=== ${label} ===`);
  if (report) rmSync(report, { force: true });
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (report) count(label, report);
  if (result.status !== 0) {
    stageFailed = true;
    console.error(`Tahap gagal: ${label} (kode keluar ${result.status})`);
  }
}

function count(label, report) {
  if (!existsSync(report)) {
    console.error(`Tahap ${label} tidak menulis laporan ${report}`);
    stageFailed = true;
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests ?? 0;
  totals.failed += json.numFailedTests ?? 0;
  totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
}

const npx = 'npx';
const vitestJson = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
run('Typecheck', npx, ['tsc', '-b']);
run('Lint', npx, ['eslint', '.', '--max-warnings=0']);
run('Formatting (Prettier)', npx, ['prettier', '--check', '.', '--log-level', 'warn']);
run('Unused code (knip)', npx, ['knip', '--no-progress']);
run(
  'Unit tests',
  npx,
  ['vitest', 'run', ...vitestJson('test-results/unit.json')],
  'test-results/unit.json',
);
run(
  'Server (PostgreSQL)',
  npx,
  [
    'vitest',
    'run',
    '--config',
    'test/server/vitest.config.ts',
    ...vitestJson('test-results/server.json'),
  ],
  'test-results/server.json',
);
run('Build', 'npm', ['run', 'build']);
run('Build (test entry)', 'npm', ['run', 'build:renderer:test']);
run(
  'Production bundle check',
  npx,
  [
    'vitest',
    'run',
    '--config',
    'test/build/vitest.config.ts',
    ...vitestJson('test-results/build.json'),
  ],
  'test-results/build.json',
);
run(
  'Packaging (electron-builder: dir, tar.gz, zip; AppImage/deb/NSIS where GitHub is reachable)',
  npx,
  [
    'vitest',
    'run',
    '--config',
    'test/packaging/vitest.config.ts',
    ...vitestJson('test-results/dist.json'),
  ],
  'test-results/dist.json',
);
run(
  'End-to-end (Chromium)',
  npx,
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...vitestJson('test-results/e2e.json')],
  'test-results/e2e.json',
);
run(
  'Kill harness (Chromium, SIGKILL mid-import)',
  npx,
  [
    'vitest',
    'run',
    '--config',
    'test/kill/vitest.config.ts',
    ...vitestJson('test-results/kill.json'),
  ],
  'test-results/kill.json',
);
run(
  'Disk full (tmpfs profile)',
  npx,
  [
    'vitest',
    'run',
    '--config',
    'test/diskfull/vitest.config.ts',
    ...vitestJson('test-results/diskfull.json'),
  ],
  'test-results/diskfull.json',
);
run(
  'End-to-end (Electron)',
  npx,
  [
    'vitest',
    'run',
    '--config',
    'test/e2e-electron/vitest.config.ts',
    ...vitestJson('test-results/e2e-electron.json'),
  ],
  'test-results/e2e-electron.json',
);
run('Security gate (electronegativity)', 'node', ['test/security/electronegativity-gate.mjs']);
run(
  'Security gate fails on altered sources',
  npx,
  [
    'vitest',
    'run',
    '--config',
    'test/security/vitest.config.ts',
    ...vitestJson('test-results/security.json'),
  ],
  'test-results/security.json',
);

console.log('');
if (stageFailed && totals.failed === 0) totals.failed = 1; // a failed stage is a failure even without a test count
console.log(`Summary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(stageFailed || totals.failed > 0 ? 1 : 0);
