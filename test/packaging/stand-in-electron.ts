import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for Electron's unpacked Linux distribution, for machines where the Electron zip
 * cannot be downloaded. electron-builder copies it, renames `electron` to the app's executable
 * and flips the fuses, so the executable carries the fuse sentinel and a wire in Electron's
 * default state (run-as-node on, cookie encryption off, …) for the build to rewrite.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
const DEFAULT_WIRE = '10110001';

export function writeStandInElectron(dir: string, version: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const executable = join(dir, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in Electron: cannot run the app"\nexit 1\n# '),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([FUSE_WIRE_VERSION, DEFAULT_WIRE.length]),
      Buffer.from(`${DEFAULT_WIRE}\n`),
    ]),
  );
  chmodSync(executable, 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>');
}
