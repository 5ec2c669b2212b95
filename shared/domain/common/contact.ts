import { z } from 'zod';

/** Indonesian phone: starts with 0, 62 or +62, 8–15 digits once separators are removed. */
function normalisePhone(text: string): string {
  return text.replace(/[\s.\-()]/g, '');
}

function isValidPhone(text: string): boolean {
  return /^(\+62|62|0)\d{7,13}$/.test(normalisePhone(text));
}

const PHONE_MESSAGE = 'Nomor telepon tidak valid (contoh: 0812-3456-7890)';

/** Phone that may be left blank (''). */
export const optionalPhoneSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidPhone(v), PHONE_MESSAGE);

const EMAIL_MESSAGE = 'Alamat e-mail tidak valid';

/** E-mail that may be left blank (''). */
export const optionalEmailSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || z.email().safeParse(v).success, EMAIL_MESSAGE);
