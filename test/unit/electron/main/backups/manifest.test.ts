import { describe, expect, it } from 'vitest';
import { verifyManifest } from '../../../../../electron/main/backups/manifest';
import {
  makeSnapshotName,
  parseSnapshotName,
} from '../../../../../electron/main/backups/snapshot-names';
import { makeBytes, sha256 } from '../../../../support/factories/electron';

const name = 'snapshot-20240521T080000000Z-daily.ovopsnap';
const bytes = makeBytes(40);
const manifest = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'ovop-desk-snapshot',
    version: 1,
    name,
    reason: 'daily',
    sha256: sha256(bytes),
    size: 40,
    createdAt: '2024-05-21T08:00:00.000Z',
    ...overrides,
  });

describe('verifyManifest', () => {
  const actual = { size: 40, sha256: sha256(bytes) };

  it('accepts a manifest that matches the file', () => {
    expect(verifyManifest(name, manifest(), actual).usable).toBe(true);
  });

  it.each([
    ['missing manifest', undefined, actual],
    ['unreadable file', manifest(), undefined],
    ['broken JSON', '{"format":', actual],
    [
      'another file’s manifest',
      manifest({ name: 'snapshot-20240520T080000000Z-daily.ovopsnap' }),
      actual,
    ],
    ['wrong size', manifest(), { ...actual, size: 39 }],
    ['wrong hash', manifest(), { ...actual, sha256: sha256(makeBytes(40, 1)) }],
  ])('rejects a %s', (_label, text, file) => {
    expect(verifyManifest(name, text, file).usable).toBe(false);
  });
});

describe('snapshot names', () => {
  it('round-trips reason and time and stays unique', () => {
    const at = new Date('2024-05-21T08:00:00.123Z');
    const first = makeSnapshotName('pre-import', at, new Set());
    const second = makeSnapshotName('pre-import', at, new Set([first]));
    expect(first).not.toBe(second);
    expect(parseSnapshotName(second)).toEqual({
      name: second,
      reason: 'pre-import',
      createdAt: at,
    });
  });

  it.each([
    '../snapshot-20240521T080000000Z-daily.ovopsnap',
    'snapshot-20240521T080000000Z-daily.ovopsnap.manifest.json',
    'snapshot-x-daily.ovopsnap',
    'snapshot-20240521T080000000Z-hourly.ovopsnap',
  ])('does not accept %s', (candidate) => {
    expect(parseSnapshotName(candidate)).toBeNull();
  });
});
