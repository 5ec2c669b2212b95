import { describe, expect, it } from 'vitest';
import { Utf8Bytes } from '../../../server/src/services/utf8-bytes';

describe('text written piece by piece as UTF-8', () => {
  it('gives the bytes of the joined text, growing past the room it was given for any characters', () => {
    const pieces = ['{"a":', '"Kerupuk Haruan"', ',"b":"é ü ñ"', ',"c":"😀 العربية"', '}'];
    const many = Array.from({ length: 200 }, (_, i) => pieces[i % pieces.length] ?? '');
    const out = new Utf8Bytes(4);
    for (const piece of many) out.write(piece);
    const bytes = out.bytes();
    expect(bytes.equals(Buffer.from(many.join(''), 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toBe(many.join(''));
  });

  it('gives no bytes for no text', () => {
    const out = new Utf8Bytes(16);
    out.write('');
    expect(out.bytes().length).toBe(0);
  });
});
