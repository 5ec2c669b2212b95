import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkBundle } from '@shared/bundle/bundle-check';
import { BUNDLE_MANIFEST_PATH } from '@shared/bundle/bundle-manifest.schema';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import {
  makeBundleBytes,
  makeBundleFiles,
  PHOTO_BYTES,
  zipFiles,
} from '../../../support/factories/bundle';

describe('checkBundle on well-formed bundles', () => {
  it('accepts a bundle written by bundleFiles and hands back every verified file', () => {
    const result = checkBundle(makeBundleBytes(), DEFAULT_ZIP_LIMITS, true);
    expect(result.problems).toEqual([]);
    expect(result.accepted).toBe(true);
    expect(result.summary.office).toBe('Dinas Perindustrian Kabupaten Contoh');
    const blob = [...result.files].find(([name]) => name.startsWith('blobs/'));
    expect(blob?.[1].data).toEqual(PHOTO_BYTES);
  });

  it('refuses a file whose content was changed after the manifest was written', () => {
    const files = makeBundleFiles();
    const tampered = files.map((f) =>
      f.path.startsWith('blobs/')
        ? { ...f, bytes: new Uint8Array([...f.bytes.slice(0, -1), 0]) }
        : f,
    );
    const result = checkBundle(zipFiles(tampered), DEFAULT_ZIP_LIMITS, true);
    expect(result.accepted).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['hash-mismatch']);
    expect(result.files.size).toBe(0);
  });

  it('refuses an extra file not listed in the manifest and a listed file that is missing', () => {
    const files = makeBundleFiles();
    const withoutBlob = files.filter((f) => !f.path.startsWith('blobs/'));
    const extra = { path: 'data/extra.json', bytes: strToU8('{}'), compress: true };
    const codes = checkBundle(
      zipFiles([...withoutBlob, extra]),
      DEFAULT_ZIP_LIMITS,
      false,
    ).problems.map((p) => p.code);
    expect(codes).toContain('missing-entry');
    expect(codes).toContain('unlisted-entry');
  });

  it('refuses a bundle from a newer format version, telling the user to update', () => {
    const files = makeBundleFiles().map((f) => {
      if (f.path !== BUNDLE_MANIFEST_PATH) return f;
      const manifest = JSON.parse(new TextDecoder().decode(f.bytes)) as Record<string, unknown>;
      return { ...f, bytes: strToU8(JSON.stringify({ ...manifest, formatVersion: 99 })) };
    });
    const result = checkBundle(zipFiles(files), DEFAULT_ZIP_LIMITS, false);
    expect(result.problems[0]?.code).toBe('schema-version');
    expect(result.problems[0]?.message).toMatch(/Perbarui aplikasi/);
  });

  it('refuses a zip without manifest and a file that is not a zip', () => {
    const noManifest = zipFiles(makeBundleFiles().filter((f) => f.path !== BUNDLE_MANIFEST_PATH));
    expect(checkBundle(noManifest, DEFAULT_ZIP_LIMITS, false).problems[0]?.code).toBe(
      'manifest-missing',
    );
    expect(
      checkBundle(strToU8('bukan zip sama sekali, hanya teks biasa'), DEFAULT_ZIP_LIMITS, false)
        .problems[0]?.code,
    ).toBe('not-zip');
  });

  it('honours the entry and total limits it is given', () => {
    const bytes = makeBundleBytes();
    expect(
      checkBundle(bytes, { ...DEFAULT_ZIP_LIMITS, maxEntries: 2 }, false).problems[0]?.code,
    ).toBe('too-many-entries');
    expect(
      checkBundle(bytes, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 10 }, false).problems.map(
        (p) => p.code,
      ),
    ).toContain('entry-too-large');
    expect(
      checkBundle(bytes, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 100 }, false).problems.map(
        (p) => p.code,
      ),
    ).toContain('total-too-large');
  });
});

describe('Office files inside an archive', () => {
  it('accepts an .xlsx entry (a ZIP container by design) but not the same bytes under another name', async () => {
    const { zipSync } = await import('fflate');
    const { extractZip } = await import('@shared/bundle/zip-safety');
    const xlsxLike = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    const asXlsx = extractZip(
      zipSync({ 'rekap.xlsx': [xlsxLike, { level: 0 }] }),
      DEFAULT_ZIP_LIMITS,
      () => false,
    );
    expect(asXlsx.problems).toEqual([]);
    const asPhoto = extractZip(
      zipSync({ 'foto.jpg': [xlsxLike, { level: 0 }] }),
      DEFAULT_ZIP_LIMITS,
      () => false,
    );
    expect(asPhoto.problems.map((p) => p.code)).toEqual(['nested-archive']);
  });
});
