import type { AsyncCrc32 } from './crc32-offload';

/**
 * An `AsyncCrc32` whose value is already known: the CRC-32 the attachment store keeps with (or
 * computes beside) the bytes it hands out, so a stored ZIP entry of those bytes does no work per
 * byte. The bytes pushed are not hashed; the caller vouches that `value` is their CRC-32.
 */
export function knownCrc32(value: number): AsyncCrc32 {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
    throw new RangeError(`CRC-32 tidak sah: ${value}`);
  let finished = false;
  return {
    update: () =>
      finished
        ? Promise.reject(new Error('CRC-32 ini sudah selesai dihitung.'))
        : Promise.resolve(),
    digest: () => {
      if (finished) return Promise.reject(new Error('CRC-32 ini sudah selesai dihitung.'));
      finished = true;
      return Promise.resolve(value);
    },
  };
}
