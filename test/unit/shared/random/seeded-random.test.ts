import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '@shared/random/seeded-random';

describe('seededRandom', () => {
  it('gives the same mulberry32 sequence for a seed on every run and machine', () => {
    const next = seededRandom(20240521);
    expect([next(), next(), next()]).toEqual([
      0.10213249875232577, 0.15027883159928024, 0.943591229384765,
    ]);
    const zero = seededRandom(0);
    expect([zero(), zero()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
  });

  it('gives different sequences for different seeds and stays within [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    const fromA = Array.from({ length: 200 }, () => a());
    const fromB = Array.from({ length: 200 }, () => b());
    expect(fromA).not.toEqual(fromB);
    for (const x of [...fromA, ...fromB]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('randomInt', () => {
  it('draws integers within both inclusive bounds and reaches each bound', () => {
    const next = seededRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const n = randomInt(next, 3, 6);
      expect(Number.isInteger(n)).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});
