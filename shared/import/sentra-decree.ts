import { isKota, kabKotaOf } from '../domain/common/region';
import { sentraDecreeFormSchema, type SentraDecreeForm } from '../domain/sentra/sentra';
import type { RowReader } from './row-values';

/** "Bupati Banjar" → bupati, "Wali Kota Banjarbaru" / "Walikota …" → wali-kota, else lainnya. */
function signerRoleOf(signedBy: string): SentraDecreeForm['signerRole'] {
  if (/^bupati\b/i.test(signedBy)) return 'bupati';
  if (/^wali\s*kota\b/i.test(signedBy)) return 'wali-kota';
  return 'lainnya';
}

/**
 * The SK penetapan of a sentra row (Nomor SK, Tanggal SK, Penerbit SK), issued by the sentra's
 * kab/kota. No SK columns filled: no decree. A date that cannot be read is an error on the row; a
 * number without a date stays in Catatan as before (a warning); a missing issuer is the sentra's
 * bupati or wali kota (a warning).
 */
export function readSentraDecree(
  r: RowReader,
  regionCode: string | undefined,
): { decree?: SentraDecreeForm; note?: string } {
  const number = r.decreeNumber('decreeNumber');
  const hasDate = r.peek('decreeDate') !== '';
  const date = r.date('decreeDate');
  const signedBy = r.text('decreeSigner');
  if (number === '' && !hasDate && signedBy === '') return {};
  if (number === '') {
    r.error('decreeNumber', 'Nomor SK wajib diisi bila tanggal atau penerbit SK diisi');
    return {};
  }
  if (!hasDate) {
    r.warn(
      'decreeDate',
      `SK ${number} tanpa tanggal: nomornya disimpan di Catatan; lengkapi tanggal SK agar tercatat sebagai SK penetapan`,
    );
    return { note: `SK penetapan No. ${number}` };
  }
  const issuingRegionCode = regionCode ? kabKotaOf(regionCode) : undefined;
  if (!date || !issuingRegionCode) return {};
  // Registers kept by hand often leave the issuer out: the SK is the head of the sentra's kab/kota.
  const issuer = signedBy !== '' ? signedBy : isKota(issuingRegionCode) ? 'Wali Kota' : 'Bupati';
  if (signedBy === '')
    r.warn(
      'decreeSigner',
      `Penerbit SK tidak diisi; dicatat sebagai ${issuer} (kepala daerah kabupaten/kota sentra)`,
    );
  const parsed = sentraDecreeFormSchema.safeParse({
    number,
    date,
    signedBy: issuer,
    signerRole: signerRoleOf(issuer),
    issuingRegionCode,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) r.error('decreeNumber', issue.message);
    return {};
  }
  return { decree: parsed.data };
}
