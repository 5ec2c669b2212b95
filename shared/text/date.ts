/** Indonesian long dates: `21 Mei 2024`, no weekday, no full stop. */

export const MONTH_NAMES_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

export interface IsoDateParts {
  year: number;
  month: number;
  day: number;
}

export interface LongDateOptions {
  /** `05 Mei 2024` instead of `5 Mei 2024` (office setting, default off). */
  leadingZeroDay?: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD` (a calendar date, no time zone); undefined when not a real date. */
export function parseIsoDate(iso: string): IsoDateParts | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatLongDate(iso: string, options: LongDateOptions = {}): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`Tanggal tidak valid: "${iso}" (format YYYY-MM-DD)`);
  const day = options.leadingZeroDay ? String(parts.day).padStart(2, '0') : String(parts.day);
  return `${day} ${MONTH_NAMES_ID[parts.month - 1]} ${parts.year}`;
}

/** Capitals for lampiran headings: `21 MEI 2024`. */
export function formatLongDateUpper(iso: string, options: LongDateOptions = {}): string {
  return formatLongDate(iso, options).toUpperCase();
}

/** Compares two `YYYY-MM-DD` strings (lexical order equals date order). */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
