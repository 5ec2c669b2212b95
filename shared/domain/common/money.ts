import { z } from 'zod';

/** An amount in whole rupiah (no sen), never negative. */
export function rupiahSchema(label = 'Nilai') {
  return z
    .number({
      error: (iss) =>
        iss.input === undefined ? `${label} wajib diisi` : `${label} harus berupa angka`,
    })
    .int(`${label} harus dalam rupiah bulat`)
    .min(0, `${label} tidak boleh negatif`)
    .max(Number.MAX_SAFE_INTEGER, `${label} terlalu besar`);
}
