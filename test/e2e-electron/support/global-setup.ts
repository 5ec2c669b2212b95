import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SKIP_MESSAGE, electronMissing } from './electron-binary';

/** Says once, plainly, why the suite is skipped; otherwise makes sure the app is built. */
export default function setup(): void {
  if (electronMissing) {
    console.log(SKIP_MESSAGE);
    return;
  }
  if (!existsSync('dist/renderer/index.html') || !existsSync('dist-electron/main/index.cjs')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('Build gagal: aplikasi tidak dapat diuji.');
  }
}
