import { describe, expect, it } from 'vitest';
import { countWithWords, terbilang } from '@shared/text';
import { randomInt, seededRandom } from '@shared/random/seeded-random';

/** Independent reader of Indonesian number words, used to round-trip terbilang. */
function parseWords(text: string): number {
  const units: Record<string, number> = {
    nol: 0,
    satu: 1,
    dua: 2,
    tiga: 3,
    empat: 4,
    lima: 5,
    enam: 6,
    tujuh: 7,
    delapan: 8,
    sembilan: 9,
  };
  const scales: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12 };
  let total = 0;
  let group = 0;
  let current = 0;
  for (const word of text.split(' ')) {
    if (word in units) current = units[word] ?? 0;
    else if (word === 'sepuluh') current = 10;
    else if (word === 'sebelas') current = 11;
    else if (word === 'belas') current += 10;
    else if (word === 'puluh') current *= 10;
    else if (word === 'seratus') {
      group += 100;
      continue;
    } else if (word === 'ratus') current *= 100;
    else if (word === 'seribu') {
      total += 1000;
      continue;
    } else if (word in scales) {
      total += (group + current) * (scales[word] ?? 0);
      group = 0;
      current = 0;
      continue;
    } else throw new Error(`kata tidak dikenal: ${word}`);
    if (
      word === 'belas' ||
      word === 'puluh' ||
      word === 'ratus' ||
      word === 'sepuluh' ||
      word === 'sebelas' ||
      word in units
    ) {
      if (word === 'puluh' || word === 'ratus' || word === 'belas') {
        group += current;
        current = 0;
      }
    }
  }
  return total + group + current;
}

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [3, 'tiga'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [125, 'seratus dua puluh lima'],
    [200, 'dua ratus'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [2000, 'dua ribu'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [1500000, 'satu juta lima ratus ribu'],
    [1_000_000_000, 'satu miliar'],
    [2_000_000_000_000, 'dua triliun'],
  ])('%i → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('rejects fractions, negatives and numbers beyond the triliun range with an Indonesian message', () => {
    expect(() => terbilang(1.5)).toThrow(/bilangan bulat/);
    expect(() => terbilang(-1)).toThrow(/bilangan bulat/);
    expect(() => terbilang(1e15)).toThrow(/bilangan bulat/);
  });

  it('never produces double, leading or trailing spaces and always reads back to the same number', () => {
    const next = seededRandom(20240521);
    const samples = [...Array.from({ length: 10001 }, (_, i) => i)];
    for (let i = 0; i < 2000; i += 1) samples.push(randomInt(next, 0, 999_999_999_999));
    for (const n of samples) {
      const words = terbilang(n);
      expect(words).not.toMatch(/ {2}|^ | $/);
      expect(parseWords(words)).toBe(n);
    }
  });

  it('never says "satu ratus", "satu puluh", "satu belas" or a bare "satu ribu" (but "dua puluh satu ribu" is fine)', () => {
    const next = seededRandom(7);
    for (let i = 0; i < 3000; i += 1) {
      const words = terbilang(randomInt(next, 0, 9_999_999));
      expect(words).not.toMatch(/satu (ratus|puluh|belas)|(^|juta |miliar |triliun )satu ribu/);
    }
  });
});

describe('countWithWords', () => {
  it('writes counts the way letters need them', () => {
    expect(countWithWords(3, 'IKM')).toBe('3 (tiga) IKM');
    expect(countWithWords(12, 'IKM')).toBe('12 (dua belas) IKM');
    expect(countWithWords(1)).toBe('1 (satu)');
  });
});
