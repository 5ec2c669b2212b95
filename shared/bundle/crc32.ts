/**
 * CRC-32 (IEEE 802.3, the one ZIP uses). fflate computes it while writing but never checks it
 * while reading, and does not export its helper, so the reader keeps its own.
 */
const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Incremental CRC-32: feed chunks with `update`, read the value with `digest`. */
export class Crc32 {
  private state = 0xffffffff;

  update(chunk: Uint8Array): this {
    let c = this.state;
    for (let i = 0; i < chunk.length; i++)
      c = (TABLE[(c ^ (chunk[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
    this.state = c;
    return this;
  }

  digest(): number {
    return (this.state ^ 0xffffffff) >>> 0;
  }
}

export function crc32(bytes: Uint8Array): number {
  return new Crc32().update(bytes).digest();
}
