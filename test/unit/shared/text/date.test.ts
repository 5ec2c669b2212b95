import { describe, expect, it } from 'vitest';
import { formatLongDate, formatLongDateUpper, MONTH_NAMES_ID, parseIsoDate } from '@shared/text';
import { randomInt, seededRandom } from '@shared/random/seeded-random';

describe('formatLongDate', () => {
  it('writes full Indonesian month names without weekday or full stop', () => {
    expect(formatLongDate('2024-05-21')).toBe('21 Mei 2024');
    expect(formatLongDate('2026-01-05')).toBe('5 Januari 2026');
    expect(formatLongDate('2024-08-17')).toBe('17 Agustus 2024');
  });

  it('adds a leading zero to the day only when the office asks for it', () => {
    expect(formatLongDate('2026-01-05', { leadingZeroDay: true })).toBe('05 Januari 2026');
    expect(formatLongDate('2026-01-15', { leadingZeroDay: true })).toBe('15 Januari 2026');
  });

  it('writes capitals for lampiran headings', () => {
    expect(formatLongDateUpper('2024-05-21')).toBe('21 MEI 2024');
  });

  it('rejects dates that do not exist', () => {
    expect(() => formatLongDate('2023-02-29')).toThrow(/Tanggal tidak valid/);
    expect(() => formatLongDate('21/05/2024')).toThrow(/Tanggal tidak valid/);
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('always has three parts, a known month and the same year and day as the input', () => {
    const next = seededRandom(42);
    for (let i = 0; i < 500; i += 1) {
      const year = randomInt(next, 1990, 2060);
      const month = randomInt(next, 1, 12);
      const day = randomInt(next, 1, 28);
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const [d, m, y] = formatLongDate(iso).split(' ');
      expect(Number(d)).toBe(day);
      expect(m).toBe(MONTH_NAMES_ID[month - 1]);
      expect(Number(y)).toBe(year);
    }
  });
});
