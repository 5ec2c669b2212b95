import CRC32 from 'crc-32';

/**
 * CRC-32 (IEEE 802.3, the one ZIP uses), from SheetJS `crc-32` (slicing-by-16 tables, several times
 * the speed of a byte-at-a-time table). fflate computes it while writing but never checks it while
 * reading, and does not export its helper.
 */
export class Crc32 {
  private state = 0;

  update(chunk: Uint8Array): this {
    this.state = CRC32.buf(chunk, this.state);
    return this;
  }

  digest(): number {
    return this.state >>> 0;
  }
}

export function crc32(bytes: Uint8Array): number {
  return new Crc32().update(bytes).digest();
}
