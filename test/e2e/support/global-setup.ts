import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WEB_BASE_URL } from './server';

/**
 * Serves the test build of the renderer (`npm run build:renderer:test`: the app plus the test-only
 * hooks of test/app-hooks) with `vite preview` on the fixed loopback port, as `npm run web` serves
 * the app. Builds first when dist/renderer-test is missing or older than a source file.
 */
let server: ChildProcess | undefined;

/** The test build's folder (vite.config.ts, TEST_OUT_DIR). */
const TEST_OUT_DIR = 'dist/renderer-test';

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server web tidak menjawab di ${url} dalam ${timeoutMs} ms`);
}

/** Newest modification time (ms) of the files under `path`. */
function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

function testBuildIsCurrent(): boolean {
  const built = join(TEST_OUT_DIR, 'index.html');
  if (!existsSync(built)) return false;
  const sources = [
    'renderer/index.html',
    'renderer/src',
    'renderer/public',
    'shared',
    'test/app-hooks',
    'test/support/seed',
    'vite.config.ts',
  ];
  return (
    statSync(built).mtimeMs >= Math.max(...sources.filter((s) => existsSync(s)).map(newestChange))
  );
}

export async function setup(): Promise<void> {
  if (!testBuildIsCurrent()) {
    const build = spawnSync('npm', ['run', 'build:renderer:test'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build --mode test gagal');
  }
  // vite.config.ts serves on a strict port; a server already answering there (another e2e suite,
  // `npm run web`) would otherwise be taken for this one and vanish with its own suite.
  if (await answers(WEB_BASE_URL))
    throw new Error(
      `${WEB_BASE_URL} sudah dipakai proses lain (suite e2e lain atau npm run web?); hentikan proses itu atau jalankan dengan OVOP_WEB_PORT=<port lain>.`,
    );
  const started = spawn('npx', ['vite', 'preview', '--outDir', resolve(TEST_OUT_DIR)], {
    stdio: 'ignore',
    detached: true,
  });
  server = started;
  const exited = new Promise<never>((_resolve, reject) =>
    started.once('exit', (code) =>
      reject(
        new Error(`vite preview berhenti (kode ${String(code)}) sebelum ${WEB_BASE_URL} siap`),
      ),
    ),
  );
  exited.catch(() => undefined);
  await Promise.race([waitForServer(`${WEB_BASE_URL}/index.html`, 30_000), exited]);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server and waits until the port is closed, so the next suite starts its own. */
export async function teardown(): Promise<void> {
  if (!server?.pid) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const started = Date.now();
  while (Date.now() - started < 15_000) {
    try {
      await fetch(`${WEB_BASE_URL}/index.html`);
    } catch {
      return; // connection refused: the port is free
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
