import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc32, Crc32 } from '@shared/bundle/crc32';
import { Sha256, sha256Hex } from '@shared/bundle/sha256';

const bytesOf = (n: number): Uint8Array => new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);

describe('own SHA-256 and CRC-32', () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 1000, 70_000])(
    'SHA-256 of %i bytes equals node:crypto',
    (n) => {
      const b = bytesOf(n);
      expect(sha256Hex(b)).toBe(createHash('sha256').update(b).digest('hex'));
    },
  );

  it('gives the same digest fed in uneven chunks', () => {
    const b = bytesOf(10_000);
    const h = new Sha256();
    for (let at = 0; at < b.length; at += 777) h.update(b.subarray(at, at + 777));
    expect(h.digestHex()).toBe(sha256Hex(b));
    const c = new Crc32();
    for (let at = 0; at < b.length; at += 333) c.update(b.subarray(at, at + 333));
    expect(c.digest()).toBe(crc32(b));
  });

  it('CRC-32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
