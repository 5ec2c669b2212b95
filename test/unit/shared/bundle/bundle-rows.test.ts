import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkBundle } from '@shared/bundle/bundle-check';
import { BUNDLE_MANIFEST_PATH } from '@shared/bundle/bundle-manifest.schema';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { makeBundleData, makeBundleFiles, zipFiles } from '../../../support/factories/bundle';
import { provinceLetter } from '../../../support/factories/letter';
import { parseBundleData } from '@shared/bundle/bundle-rows';

const messages = (json: unknown): string[] => {
  const parsed = parseBundleData(json);
  return parsed.ok ? [] : parsed.problems.map((p) => p.message);
};

describe('bundle rows', () => {
  it('accepts a letter in the letter-register format with its PDF hashes', () => {
    const letter = {
      ...provinceLetter(1, { status: 'final', number: '500.9/1/Disperin/2026' }),
      finalPdfHash: 'a'.repeat(64),
      nominationIds: ['usulan-1'],
    };
    const parsed = parseBundleData(makeBundleData({ letters: [letter] }));
    expect(parsed.ok && parsed.data.letters[0]).toMatchObject({
      id: letter.id,
      number: '500.9/1/Disperin/2026',
      finalPdfHash: 'a'.repeat(64),
    });
  });

  it('explains refused rows in Indonesian sentences, never the validation library text', () => {
    const letter = provinceLetter(1);
    const found = messages({
      ...makeBundleData(),
      letters: [
        { ...letter, status: 'final' },
        { ...letter, id: 'surat-2', finalPdfHash: 'bukan-hash' },
      ],
      sentras: [{ id: 'sentra-x', unknown: 1 }],
    });
    expect(found).toContain('Surat baris 1: Surat final wajib bernomor.');
    expect(found).toContain('Surat baris 2: isian "PDF final" formatnya tidak sah.');
    expect(found.some((m) => m.startsWith('Sentra IKM baris 1: '))).toBe(true);
    for (const message of found)
      expect(message).not.toMatch(/Invalid|expected|received|Unrecognized|Too (big|small)/);
  });
});

describe('bundle manifest refusals', () => {
  it('explains an invalid manifest in Indonesian', () => {
    const files = makeBundleFiles().map((f) =>
      f.path === BUNDLE_MANIFEST_PATH
        ? {
            ...f,
            bytes: strToU8(
              JSON.stringify({
                ...(JSON.parse(strFromU8(f.bytes)) as object),
                formatVersion: 'satu',
              }),
            ),
          }
        : f,
    );
    const result = checkBundle(zipFiles(files), DEFAULT_ZIP_LIMITS, false);
    expect(result.accepted).toBe(false);
    expect(result.problems[0]?.message).toBe(
      'manifest.json tidak sah: isian "formatVersion" berjenis salah.',
    );
  });
});
