import { COMMODITIES, COMMODITY_LABELS, type Commodity } from '../domain/common/commodity';
import { normaliseNib } from '../domain/common/nib';
import { cellText, type ImportCell } from './cell';

/** A normalised value; `changed` means the stored value differs from what the sheet shows. */
export type Normalised<T> =
  | { readonly ok: true; readonly value: T; readonly changed: boolean }
  | { readonly ok: false; readonly message: string };

const ok = <T>(value: T, changed: boolean): Normalised<T> => ({ ok: true, value, changed });
const fail = <T>(message: string): Normalised<T> => ({ ok: false, message });

/** Trims, turns non-breaking spaces and line breaks into single spaces, drops control characters. */
export function normaliseText(cell: ImportCell | undefined): Normalised<string> {
  const value = cleanText(cell);
  return ok(value, typeof cell === 'string' ? value !== cell : false);
}

export function cleanText(cell: ImportCell | undefined): string {
  return (
    cellText(cell)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
      .trim()
  );
}

/**
 * Numbers as Indonesian offices type them: "1.500.000", "Rp 1.500.000,-", "1.500.000,50",
 * "2,5", "1 500 000". A single dot followed by exactly three digits is a thousands separator.
 */
export function parseIndonesianNumber(
  cell: ImportCell | undefined,
  label: string,
): Normalised<number | undefined> {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? ok(cell, false) : fail(`${label} harus berupa angka`);
  const text = cleanText(cell);
  if (text === '' || text === '-') return ok(undefined, false);
  let t = text
    .replace(/^rp\.?\s*/i, '')
    .replace(/,-$/, '')
    .replace(/[\s\u00a0]/g, '');
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  let value: number | undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) value = Number(t.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+(,\d+)?$/.test(t)) value = Number(t.replace(',', '.'));
  else if (/^\d+\.\d+$/.test(t)) value = Number(t);
  else if (/^\d{1,3}(,\d{3}){2,}$/.test(t)) value = Number(t.replace(/,/g, ''));
  if (value === undefined || !Number.isFinite(value))
    return fail(`${label} harus berupa angka (contoh: 1.500.000)`);
  const signed = negative ? -value : value;
  return ok(signed, String(signed) !== text);
}

/** Unit words people type after a count: "12 unit", "15 IKM", "9 unit usaha", "20 orang". */
const COUNT_UNITS = /\s*(unit usaha|unit|ikm|usaha|orang|org|tk|jiwa)\.?$/i;

/** A count or amount that may carry a unit word; otherwise as `parseIndonesianNumber`. */
export function parseCount(
  cell: ImportCell | undefined,
  label: string,
): Normalised<number | undefined> {
  if (typeof cell !== 'string' || !COUNT_UNITS.test(cleanText(cell)))
    return parseIndonesianNumber(cell, label);
  const bare = cleanText(cell).replace(COUNT_UNITS, '');
  const result = parseIndonesianNumber(bare, label);
  return result.ok ? ok(result.value, true) : result;
}

const MONTHS_ID = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
] as const;
const MONTH_ALIASES: Record<string, number> = {
  jan: 1,
  feb: 2,
  peb: 2,
  pebruari: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  agu: 8,
  ags: 8,
  agt: 8,
  agust: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  nop: 11,
  nopember: 11,
  des: 12,
  dec: 12,
  may: 5,
  aug: 8,
};

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS_ID.indexOf(w as (typeof MONTHS_ID)[number]);
  return index >= 0 ? index + 1 : MONTH_ALIASES[w];
}

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with Excel's phantom 29 Feb 1900. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 100_000) return undefined;
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** "21 Mei 2024", "21-05-2024", "21/5/2024", "2024-05-21" or an Excel serial → `YYYY-MM-DD`. */
export function parseImportDate(
  cell: ImportCell | undefined,
  label: string,
): Normalised<string | undefined> {
  if (typeof cell === 'number') {
    const iso = excelSerialToIso(cell);
    return iso ? ok(iso, true) : fail(`${label}: tanggal tidak dikenali`);
  }
  const text = cleanText(cell);
  if (text === '') return ok(undefined, false);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? ok(iso, iso !== text) : fail(`${label}: tanggal tidak ada di kalender`);
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const iso = isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso ? ok(iso, true) : fail(`${label}: tanggal tidak ada di kalender`);
  }
  m = /^(\d{1,2})[\s-]+([A-Za-z.]+)[\s-]+(\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    const iso = month ? isoOf(Number(m[3]), month, Number(m[1])) : undefined;
    return iso
      ? ok(iso, true)
      : fail(`${label}: tanggal "${text}" tidak dikenali (contoh: 21 Mei 2024)`);
  }
  return fail(`${label}: tanggal "${text}" tidak dikenali (contoh: 21 Mei 2024)`);
}

/** A year column that may hold a year, a date or an Excel serial. */
export function parseYear(
  cell: ImportCell | undefined,
  label: string,
): Normalised<number | undefined> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100)
    return ok(cell, false);
  const text = cleanText(cell);
  if (text === '') return ok(undefined, false);
  if (/^\d{4}$/.test(text)) return ok(Number(text), false);
  const date = parseImportDate(cell, label);
  if (!date.ok) return fail(`${label} harus berupa tahun (contoh: 2012)`);
  return date.value ? ok(Number(date.value.slice(0, 4)), true) : ok(undefined, false);
}

const YES = new Set(['ya', 'y', 'yes', 'iya', 'benar', 'true', '1', 'v', '✓', '√', 'x', 'ada']);
const NO = new Set(['tidak', 't', 'tdk', 'no', 'n', 'bukan', 'false', '0', '-', 'tidak ada']);

export function parseYesNo(
  cell: ImportCell | undefined,
  label: string,
): Normalised<boolean | undefined> {
  if (typeof cell === 'boolean') return ok(cell, false);
  const text = cleanText(cell).toLowerCase();
  if (text === '') return ok(undefined, false);
  if (YES.has(text)) return ok(true, text !== 'ya');
  if (NO.has(text)) return ok(false, text !== 'tidak');
  return fail(`${label}: isi "ya" atau "tidak"`);
}

/** A NIB typed with dots/spaces, or stored by Excel as a number. Scientific notation lost digits. */
export function parseNibCell(cell: ImportCell | undefined): Normalised<string> {
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell))
      return fail('NIB tersimpan sebagai angka pecahan; ketik NIB sebagai teks');
    return ok(String(cell).padStart(13, '0'), true);
  }
  const text = cleanText(cell);
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(text))
    return fail(
      'NIB tertulis dalam notasi ilmiah (mis. 9,12E+12) sehingga digitnya hilang; ketik NIB sebagai teks',
    );
  const value = normaliseNib(text);
  return ok(value, value !== cellText(cell));
}

const COMMODITY_WORDS: readonly (readonly [RegExp, Commodity])[] = [
  [
    /^(makanan( (dan|&) minuman)?|minuman|mamin|makanan minuman|makanan-minuman|pangan|olahan pangan)$/,
    'makanan-minuman',
  ],
  [/^(kain )?tenun(an)?$|^kain-tenun$/, 'kain-tenun'],
  [/^(kain )?batik$|^kain-batik$/, 'kain-batik'],
  [/^anyam(an)?$/, 'anyaman'],
  [/^gerabah$|^keramik$|^tembikar$/, 'gerabah'],
  [/^lain(nya|-lain)?$/, 'lainnya'],
];

export function parseCommodity(cell: ImportCell | undefined): Normalised<Commodity | undefined> {
  const text = cleanText(cell).toLowerCase();
  if (text === '') return ok(undefined, false);
  if ((COMMODITIES as readonly string[]).includes(text)) return ok(text as Commodity, false);
  for (const [pattern, commodity] of COMMODITY_WORDS)
    if (pattern.test(text)) return ok(commodity, text !== COMMODITY_LABELS[commodity]);
  return fail(
    `Komoditi "${cleanText(cell)}" tidak dikenal; pilih salah satu: ${COMMODITIES.map((c) => COMMODITY_LABELS[c]).join(', ')}`,
  );
}
