import { z } from 'zod';
import { packLimitsSchema, type PackLimits } from '@shared/pack/pack-limits';

/** What the officer types in "Batas berkas portal": sizes in MB (comma or dot), the allowed types. */
export interface PackLimitsFormValues {
  photoMaxMb: string;
  pdfMaxMb: string;
  allowedTypes: PackLimits['allowedTypes'];
}

const MB = 1024 * 1024;
const MIN_MB = 0.01;
const MAX_MB = 100;

function megabytes(label: string) {
  return z
    .string()
    .trim()
    .min(1, `${label} wajib diisi.`)
    .refine((s) => /^\d+([.,]\d+)?$/.test(s), `${label} harus berupa angka, mis. 2 atau 0,5.`)
    .transform((s) => Number(s.replace(',', '.')))
    .refine((n) => n >= MIN_MB && n <= MAX_MB, `${label} harus antara 0,01 dan 100 MB.`);
}

/** Form → settings value (`pack.limits`), re-checked against the stored schema. */
const packLimitsFormSchema = z
  .object({
    photoMaxMb: megabytes('Batas foto'),
    pdfMaxMb: megabytes('Batas PDF'),
    allowedTypes: z
      .array(z.enum(['jpeg', 'png', 'pdf']))
      .min(1, 'Pilih paling sedikit satu jenis berkas.'),
  })
  .transform((v) => ({
    maxPhotoBytes: Math.round(v.photoMaxMb * MB),
    maxPdfBytes: Math.round(v.pdfMaxMb * MB),
    allowedTypes: v.allowedTypes,
  }))
  .pipe(packLimitsSchema);

const mbText = (bytes: number): string =>
  String(Math.round((bytes / MB) * 100) / 100).replace('.', ',');

export function limitsToForm(limits: PackLimits): PackLimitsFormValues {
  return {
    photoMaxMb: mbText(limits.maxPhotoBytes),
    pdfMaxMb: mbText(limits.maxPdfBytes),
    allowedTypes: [...limits.allowedTypes],
  };
}

export type PackLimitsFormResult =
  | { ok: true; limits: PackLimits }
  | { ok: false; errors: Partial<Record<keyof PackLimitsFormValues, string>> };

/** Validates the form; on failure, the first message per field (in Indonesian). */
export function parsePackLimitsForm(values: PackLimitsFormValues): PackLimitsFormResult {
  const result = packLimitsFormSchema.safeParse(values);
  if (result.success) return { ok: true, limits: result.data };
  const errors: Partial<Record<keyof PackLimitsFormValues, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const key: keyof PackLimitsFormValues =
      field === 'photoMaxMb' || field === 'maxPhotoBytes'
        ? 'photoMaxMb'
        : field === 'pdfMaxMb' || field === 'maxPdfBytes'
          ? 'pdfMaxMb'
          : 'allowedTypes';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
