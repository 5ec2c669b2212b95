import { z } from 'zod';

/** NIB (Nomor Induk Berusaha, from OSS): exactly 13 digits. */
const NIB_PATTERN = /^\d{13}$/;

/** Strips the dots, spaces and dashes people type into a NIB: "9120.0012-3456 7" → "9120001234567". */
export function normaliseNib(text: string): string {
  return text.replace(/[\s.\-–]/g, '');
}

export function isValidNib(text: string): boolean {
  return NIB_PATTERN.test(text);
}

const NIB_MESSAGE = 'NIB harus 13 digit angka';

/** A stored NIB: 13 digits exactly. */
export const nibSchema = z
  .string({ error: (iss) => (iss.input === undefined ? 'NIB wajib diisi' : NIB_MESSAGE) })
  .min(1, 'NIB wajib diisi')
  .regex(NIB_PATTERN, NIB_MESSAGE);

/** For importers and forms: normalises typed separators, then checks 13 digits. */
export const nibInputSchema = z.string().transform(normaliseNib).pipe(nibSchema);
