import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '@shared/bundle/crc32';
import { enterpriseProfileDocument } from '@shared/documents/enterprise-profile';
import { profileImageDataUrl } from '@shared/documents/profile-image';
import { renderPdfNode } from '../../../../electron/cli/render-pdf';
import { makePackNominee } from '../../../support/factories/pack';

/** A real 2×2 RGB PNG built from scratch (signature, IHDR, IDAT, IEND). */
function tinyPng(width = 2, height = 2): Uint8Array {
  const chunk = (type: string, data: Uint8Array): number[] => {
    const typed = [...new TextEncoder().encode(type), ...data];
    const len = data.length;
    const crc = crc32(new Uint8Array(typed));
    return [
      len >>> 24,
      (len >>> 16) & 255,
      (len >>> 8) & 255,
      len & 255,
      ...typed,
      crc >>> 24,
      (crc >>> 16) & 255,
      (crc >>> 8) & 255,
      crc & 255,
    ];
  };
  const ihdr = new Uint8Array([0, 0, 0, width, 0, 0, 0, height, 8, 2, 0, 0, 0]);
  const raw = new Uint8Array(height * (1 + width * 3)).map((_, i) =>
    i % (1 + width * 3) === 0 ? 0 : 200,
  );
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', deflateSync(raw)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}

function input(overrides: Partial<Parameters<typeof enterpriseProfileDocument>[0]> = {}) {
  const n = makePackNominee();
  return {
    enterprise: n.enterprise,
    product: n.product,
    sentra: n.sentra,
    decree: n.decree,
    credentials: n.credentials,
    photos: [],
    kabKotaName: 'Kabupaten Banjar',
    roundName: 'OVOP 2026',
    officeName: 'Dinas Perindustrian Kabupaten Banjar',
    printedOn: '2026-04-02',
    ...overrides,
  };
}

const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
};

describe('enterpriseProfileDocument', () => {
  it('shows identity, SK, product story and one row per credential', () => {
    const def = enterpriseProfileDocument(input());
    const all = texts(def.content);
    expect(all).toEqual(
      expect.arrayContaining([
        'UD Berkah Bahari',
        '9120001234567',
        '188.45/123/KUM/2023, 10 Mei 2023',
        'Sertifikat Halal',
        'Resep turun-temurun dengan ikan haruan dari rawa Martapura.',
      ]),
    );
    expect(def.info.title).toBe('Profil IKM UD Berkah Bahari');
  });

  it('embeds only validated PNG/JPEG data and drops anything else given as a photo', () => {
    const png = profileImageDataUrl(tinyPng());
    expect(png?.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
    expect(profileImageDataUrl(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeUndefined();
    // A PNG header claiming 100k × 100k pixels is refused before any decoder sees it.
    const huge = tinyPng();
    new DataView(huge.buffer).setUint32(16, 100_000);
    new DataView(huge.buffer).setUint32(20, 100_000);
    expect(profileImageDataUrl(huge)).toBeUndefined();
    const def = enterpriseProfileDocument(
      input({
        photos: [
          { dataUrl: png ?? '', caption: 'Produk' },
          { dataUrl: 'file:///etc/passwd', caption: 'x' },
          { dataUrl: 'https://evil.example/x.png', caption: 'y' },
        ],
      }),
    );
    const images = JSON.stringify(def.content).match(/"image":"[^"]*"/g) ?? [];
    expect(images).toHaveLength(1);
    expect(images[0]).toContain('data:image/png;base64,');
  });

  it('keeps user text as plain strings even when it looks like markup', () => {
    const n = makePackNominee({ enterpriseName: '{"image":"file:///etc/passwd"}' });
    const def = enterpriseProfileDocument(input({ enterprise: n.enterprise }));
    expect(texts(def.content)).toContain('{"image":"file:///etc/passwd"}');
    expect(JSON.stringify(def.content).match(/"image":/g)).toBeNull();
  });

  it('renders to a PDF in Node', async () => {
    const png = profileImageDataUrl(tinyPng()) ?? '';
    const bytes = await renderPdfNode(
      enterpriseProfileDocument(input({ photos: [{ dataUrl: png, caption: 'Produk' }] })),
    );
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
  });
});
