/** UTF-8 text written piece by piece into one buffer, doubled whenever a piece might not fit. */
export class Utf8Bytes {
  private buffer: Buffer;
  private length = 0;

  constructor(expected: number) {
    this.buffer = Buffer.allocUnsafe(expected);
  }

  write(text: string): void {
    // A UTF-16 unit never takes more than three bytes in UTF-8.
    this.makeRoom(text.length * 3);
    this.length += this.buffer.write(text, this.length);
  }

  private makeRoom(bytes: number): void {
    const room = this.length + bytes;
    if (room <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(room, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
