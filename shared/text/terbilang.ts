/** Numbers in Indonesian words (`terbilang`), for counts such as `3 (tiga) IKM`. */

const UNITS = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
  [1e3, 'ribu'],
];

/** Largest number handled: 999 999 999 999 999 (just under one thousand trillion). */
const TERBILANG_MAX = 999_999_999_999_999;

function below1000(n: number): string {
  if (n < 12) return UNITS[n] ?? '';
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const rest = n % 10;
    return rest === 0 ? `${UNITS[tens]} puluh` : `${UNITS[tens]} puluh ${UNITS[rest]}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`;
  return rest === 0 ? head : `${head} ${below1000(rest)}`;
}

/** `terbilang(125)` → `seratus dua puluh lima`; whole numbers 0 … 999 triliun. */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > TERBILANG_MAX) {
    throw new Error(
      `Angka tidak dapat ditulis dengan huruf: ${n} (harus bilangan bulat 0 sampai ${TERBILANG_MAX})`,
    );
  }
  if (n === 0) return 'nol';
  const words: string[] = [];
  let rest = n;
  for (const [scale, name] of SCALES) {
    const count = Math.floor(rest / scale);
    rest -= count * scale;
    if (count === 0) continue;
    words.push(scale === 1e3 && count === 1 ? 'seribu' : `${below1000(count)} ${name}`);
  }
  if (rest > 0) words.push(below1000(rest));
  return words.join(' ');
}

/** `countWithWords(3, 'IKM')` → `3 (tiga) IKM`; without a noun → `3 (tiga)`. */
export function countWithWords(n: number, noun?: string): string {
  const base = `${n} (${terbilang(n)})`;
  return noun ? `${base} ${noun}` : base;
}
