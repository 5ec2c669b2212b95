import { describe, expect, it } from 'vitest';
import { awardLabel, awardRecordSchema } from '@shared/domain/award/award';
import { makeAward } from '../../../../support/factories/register';

describe('award record', () => {
  it.each([
    [5, 5, true],
    [3, 3, true],
    [4, 3, false],
    [0, 5, false],
  ] as const)('%i stars on a %i scale valid = %s', (stars, scale, ok) => {
    expect(awardRecordSchema.safeParse(makeAward({ stars, scale })).success).toBe(ok);
  });

  it('says why 4 stars do not fit a 3-star scale', () => {
    const result = awardRecordSchema.safeParse(makeAward({ stars: 4, scale: 3 }));
    expect(result.error?.issues[0]?.message).toBe('Jumlah bintang paling banyak 3 pada skala ini');
  });

  it('refuses a scale other than 5 or 3', () => {
    expect(
      awardRecordSchema.safeParse({ ...makeAward(), scale: 4 }).error?.issues[0]?.message,
    ).toBe('Skala bintang harus 5 atau 3');
  });

  it('labels an award', () => {
    expect(awardLabel({ stars: 3, scale: 5, year: 2022 })).toBe('3★ dari 5 (2022)');
  });
});
