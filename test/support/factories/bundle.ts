import { zipSync, type Zippable } from 'fflate';
import { emptyBundleData, type BundleData, type BundleRow } from '@shared/bundle/bundle-data';
import { bundleFiles, type BundleFile } from '@shared/bundle/bundle-writer';
import { sha256Hex } from '@shared/bundle/sha256';
import { FIXED_AT, makeEnterprise, makeSentra } from './register';

/** Exchange-bundle factories: a small valid bundle by default. */
export function makeBundleData(
  overrides: Partial<Record<keyof BundleData, BundleRow[]>> = {},
): BundleData {
  const sentra = makeSentra();
  const enterprise = makeEnterprise({ sentraId: sentra.id });
  return { ...emptyBundleData(), sentras: [sentra], enterprises: [enterprise], ...overrides };
}

export const PHOTO_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);

export function makeBundleFiles(
  data: BundleData = makeBundleData(),
  blobs: Uint8Array[] = [PHOTO_BYTES],
): BundleFile[] {
  return bundleFiles({
    data,
    blobs: new Map(blobs.map((b) => [sha256Hex(b), b])),
    appVersion: '0.1.0',
    office: { name: 'Dinas Perindustrian Kabupaten Contoh', regionCode: '63.03' },
    exportedAt: FIXED_AT,
  });
}

/** Zips bundle files with fflate (stored blobs, deflated text), optionally after tampering. */
export function zipFiles(files: readonly BundleFile[]): Uint8Array {
  const zippable: Zippable = {};
  for (const f of files) zippable[f.path] = [f.bytes, { level: f.compress ? 6 : 0 }];
  return zipSync(zippable);
}

export function makeBundleBytes(data?: BundleData, blobs?: Uint8Array[]): Uint8Array {
  return zipFiles(makeBundleFiles(data, blobs));
}
