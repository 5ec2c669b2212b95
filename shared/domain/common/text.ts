import { z } from 'zod';

/**
 * Small schema builders that carry Indonesian messages, so every schema speaks the same words.
 * `label` is the field name as the officer sees it, e.g. "Nama sentra".
 */
export function requiredText(label: string, max = 200) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined ? `${label} wajib diisi` : `${label} harus berupa teks`,
    })
    .trim()
    .min(1, `${label} wajib diisi`)
    .max(max, `${label} paling panjang ${max} karakter`);
}

/** Free text that may be empty (but must be present as a string, '' when blank). */
export function optionalText(label: string, max = 2000) {
  return z
    .string({ error: () => `${label} harus berupa teks` })
    .trim()
    .max(max, `${label} paling panjang ${max} karakter`);
}

/** Whole number from `min` to `max` (inclusive). */
export function wholeNumber(label: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  return z
    .number({
      error: (iss) =>
        iss.input === undefined ? `${label} wajib diisi` : `${label} harus berupa angka`,
    })
    .int(`${label} harus bilangan bulat`)
    .min(min, `${label} paling sedikit ${min}`)
    .max(max, `${label} paling banyak ${max}`);
}

/** SHA-256 as 64 lowercase hex characters. */
export const sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Sidik berkas (SHA-256) tidak valid');
