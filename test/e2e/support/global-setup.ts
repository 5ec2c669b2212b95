import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { WEB_BASE_URL } from './server';

/**
 * Serves the built renderer with `vite preview` on the fixed loopback port, as `npm run web`
 * does. Builds first when dist/renderer is missing (npm test builds before running e2e).
 */
let server: ChildProcess | undefined;

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

export async function setup(): Promise<void> {
  if (!existsSync('dist/renderer/index.html')) {
    const build = spawnSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build gagal');
  }
  server = spawn('npx', ['vite', 'preview'], { stdio: 'ignore', detached: true });
  await waitForServer(`${WEB_BASE_URL}/index.html`, 30_000);
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
