import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/bundle/sha256';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { PACK_FORMAT, verifyPack, type PackManifest } from '@shared/pack/pack-manifest';

const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9, 9]);

function manifestFor(files: Record<string, Uint8Array>): PackManifest {
  return {
    format: PACK_FORMAT,
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-04-01T08:00:00.000Z',
    round: { id: 'periode-1', name: 'OVOP 2026', year: 2026 },
    scope: 'Provinsi',
    office: 'Dinas Perindustrian',
    files: Object.entries(files).map(([path, bytes]) => ({
      path,
      size: bytes.length,
      sha256: sha256Hex(bytes),
    })),
  };
}

describe('verifyPack', () => {
  it('confirms every file of an untouched pack', () => {
    const files = { '01_UD A/02_foto_01.jpg': photo };
    const zip = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifestFor(files))) });
    const result = verifyPack(zip, DEFAULT_ZIP_LIMITS);
    expect(result).toMatchObject({ ok: true, checked: 1, problems: [] });
  });

  it('names the file that changed after the pack was made, and one that was added', () => {
    const files = { '01_UD A/02_foto_01.jpg': photo };
    const zip = zipSync({
      '01_UD A/02_foto_01.jpg': new Uint8Array([...photo, 1]),
      '01_UD A/tambahan.txt': strToU8('x'),
      'manifest.json': strToU8(JSON.stringify(manifestFor(files))),
    });
    const result = verifyPack(zip, DEFAULT_ZIP_LIMITS);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.entry])).toEqual([
      ['hash-mismatch', '01_UD A/02_foto_01.jpg'],
      ['unlisted-entry', '01_UD A/tambahan.txt'],
    ]);
  });

  it('refuses a zip that is not a pack', () => {
    expect(
      verifyPack(zipSync({ 'a.txt': strToU8('a') }), DEFAULT_ZIP_LIMITS).problems[0]?.code,
    ).toBe('manifest-missing');
  });
});
