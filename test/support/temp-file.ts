import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A path for a file named `name` in a new temp folder, written with `bytes` when given. The folder
 * is removed when the running test ends, so test runs leave nothing behind in the temp folder.
 */
export function testFilePath(prefix: string, name: string, bytes?: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, name);
  if (bytes !== undefined) writeFileSync(path, bytes);
  return path;
}
