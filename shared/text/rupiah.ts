import { terbilang } from './terbilang';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `formatRupiah(1500000)` → `Rp1.500.000,00` (two decimals, rounded to the sen). */
export function formatRupiah(amount: number): string {
  if (!Number.isFinite(amount)) throw new Error(`Jumlah rupiah tidak valid: ${amount}`);
  const sen = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(sen / 100);
  const fraction = String(sen % 100).padStart(2, '0');
  const sign = amount < 0 && sen > 0 ? '-' : '';
  return `${sign}Rp${groupThousands(String(whole))},${fraction}`;
}

/** `rupiahInWords(1500000)` → `satu juta lima ratus ribu rupiah` (sen added when present). */
export function rupiahInWords(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0)
    throw new Error(`Jumlah rupiah tidak valid: ${amount}`);
  const sen = Math.round(amount * 100);
  const whole = Math.floor(sen / 100);
  const cents = sen % 100;
  const head = `${terbilang(whole)} rupiah`;
  return cents === 0 ? head : `${head} ${terbilang(cents)} sen`;
}
