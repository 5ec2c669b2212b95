import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The gate over a copy of electron/ and renderer/ with two insecure changes: a BrowserWindow
 * without isolation added to electron/main/index.ts (a file with reviewed exceptions) and context
 * isolation turned off in windowOptions(). Both must be reported and the gate must fail.
 */
const copy = mkdtempSync(join(tmpdir(), 'ovop-gate-fixture-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function runGateOn(sourceRoot: string) {
  return spawnSync('node', ['test/security/electronegativity-gate.mjs', '--source', sourceRoot], {
    encoding: 'utf8',
    timeout: 580_000,
  });
}

describe('security gate on altered sources', () => {
  it('fails on an insecure BrowserWindow in an allowed file and on contextIsolation off in window.ts', () => {
    for (const dir of ['electron', 'renderer']) {
      cpSync(dir, join(copy, dir), { recursive: true, filter: (p) => !p.includes('node_modules') });
    }
    const index = join(copy, 'electron/main/index.ts');
    writeFileSync(
      index,
      `${readFileSync(index, 'utf8')}\nexport const extra = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });\n`,
    );
    const windowTs = join(copy, 'electron/main/window.ts');
    const original = readFileSync(windowTs, 'utf8');
    writeFileSync(windowTs, original.replace('contextIsolation: true', 'contextIsolation: false'));

    const run = runGateOn(copy);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(1);
    expect(output).toMatch(
      /CONTEXT_ISOLATION_JS_CHECK electron\/main\/index\.ts:\d+:\d+ export const extra = new BrowserWindow/,
    );
    expect(output).toMatch(
      /WINDOW_OPTIONS electron\/main\/window\.ts:\d+: webPreferences\.contextIsolation harus true/,
    );
    expect(output).toContain('Gerbang keamanan GAGAL');
  });
});
