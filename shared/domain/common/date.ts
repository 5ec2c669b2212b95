import { z } from 'zod';
import { daysInMonth, formatLongDate, parseIsoDate } from '../../text/date';

/** A calendar date `YYYY-MM-DD` (no time zone). Domain values never hold Date objects. */
export type IsoDate = string;
/** A moment `YYYY-MM-DDTHH:mm:ss(.sss)Z` or with offset. */
export type IsoDateTime = string;

/** True when `text` is a real calendar date in `YYYY-MM-DD` form (rejects 2025-02-30). */
export function isIsoDate(text: string): boolean {
  return text.trim() === text && parseIsoDate(text) !== undefined;
}

export function isoDateSchema(label = 'Tanggal') {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined ? `${label} wajib diisi` : `${label} harus berupa tanggal`,
    })
    .refine(isIsoDate, `${label} harus tanggal yang valid (TTTT-BB-HH)`);
}

export function isoDateTimeSchema(label = 'Waktu') {
  return z.iso.datetime({ offset: true, error: `${label} harus waktu yang valid` });
}

function toUtcMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

/** Same day and month `years` later; 29 Feb becomes 28 Feb in a non-leap year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2024-05-21" → "21 Mei 2024" (falls back to the input when it is not a date). */
export function formatShortDate(date: IsoDate): string {
  return isIsoDate(date) ? formatLongDate(date) : date;
}
