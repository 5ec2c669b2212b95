// `npm start` needs Electron's binary. npm 11 may skip install scripts that were not approved, and
// CI/dev machines here install with ELECTRON_SKIP_BINARY_DOWNLOAD=1: fetch it now if it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const present =
  existsSync(pathFile) &&
  existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
if (!present) {
  console.log('Biner Electron belum ada: mengunduh sekarang (sekali saja)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
    env,
  });
  if (run.status !== 0) {
    console.error(
      'Biner Electron tidak dapat diunduh. Periksa koneksi internet, lalu jalankan `npm start` lagi.',
    );
    process.exit(1);
  }
}
