/**
 * Classification codes (kode klasifikasi arsip) for letter numbers. Seeded with 500.9 Perindustrian;
 * the sub-code labels below are sensible starting points only — the list is an office setting and
 * the office archivist edits it to match the regional classification rule.
 */
export interface ClassificationCode {
  code: string;
  label: string;
}

export const SEEDED_CLASSIFICATION_CODES: readonly ClassificationCode[] = [
  { code: '500.9', label: 'Perindustrian' },
  { code: '500.9.1', label: 'Kebijakan dan Perencanaan Industri' },
  { code: '500.9.2', label: 'Industri Kecil dan Menengah (IKM)' },
  { code: '500.9.3', label: 'Sentra IKM' },
  { code: '500.9.4', label: 'Pembinaan dan Pengembangan Produk IKM (termasuk OVOP)' },
  { code: '500.9.5', label: 'Standardisasi dan Sertifikasi Industri' },
  { code: '500.9.6', label: 'Perizinan dan Data Industri' },
];
