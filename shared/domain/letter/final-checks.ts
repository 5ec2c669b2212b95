import { compareIsoDates, parseIsoDate } from '../../text/date';
import { nipProblems } from '../../text/nip';
import type { OfficeProfile } from '../office/office-profile.schema';
import { emptyAnnexProblems } from './annex-required';
import type { Letter } from './letter';
import { isNumberTaken, type RegisterEntry } from './numbering';
import { roundChecks, type LetterRoundFacts } from './round-checks';

export interface NomineeReadiness {
  nominationId: string;
  ready: boolean;
}

export interface FinalCheckContext {
  /** Today as `YYYY-MM-DD` (from the caller's clock). */
  today: string;
  register: readonly RegisterEntry[];
  readiness: readonly NomineeReadiness[];
  office: OfficeProfile;
  /** The number the letter will receive (when already drawn), checked for uniqueness. */
  number?: string;
  /** The letter's round; without it the letter cannot be checked against it, so it is refused. */
  round: LetterRoundFacts | undefined;
}

/** Every reason the letter cannot be made final yet, in Indonesian; empty when it can. */
export function finalChecks(letter: Letter, context: FinalCheckContext): string[] {
  const problems: string[] = [];
  const hal = letter.hal.trim();
  if (hal === '') problems.push('Hal surat wajib diisi');
  else if (hal.endsWith('.')) problems.push('Hal surat tidak boleh diakhiri titik');

  if (letter.addressee.jobTitle.trim() === '')
    problems.push('Jabatan tujuan surat (Yth.) wajib diisi');
  if (letter.addressee.place.trim() === '') problems.push('Tempat tujuan surat wajib diisi');

  letter.copyTo.forEach((line, index) => {
    if (/\byth\b\.?/i.test(line))
      problems.push(`Tembusan nomor ${index + 1} tidak boleh memakai "Yth."`);
    if (/\barsip\b/i.test(line))
      problems.push(`Tembusan nomor ${index + 1} tidak boleh berisi "Arsip"`);
    if (line.trim() === '') problems.push(`Tembusan nomor ${index + 1} kosong`);
  });

  const signer = context.office.signer;
  const nip = nipProblems(signer.nip);
  if (nip.length > 0) problems.push(`NIP penanda tangan: ${nip.join('; ')}`);
  if (signer.name.trim() === '') problems.push('Nama penanda tangan wajib diisi');

  problems.push(...emptyAnnexProblems(letter));
  letter.annexes.forEach((annex, index) => {
    if (annex.rows.length === 0)
      problems.push(
        `Lampiran ${index + 1} tidak berisi satu pun IKM, padahal dihitung sebagai berkas lampiran`,
      );
  });

  if (!parseIsoDate(letter.date)) problems.push('Tanggal surat tidak valid');
  else if (compareIsoDates(letter.date, context.today) > 0)
    problems.push('Tanggal surat tidak boleh di masa depan');

  if (context.round) problems.push(...roundChecks(letter, context.round));
  else problems.push('Periode surat ini tidak ditemukan');

  const number = context.number ?? letter.number;
  if (number !== undefined && isNumberTaken(context.register, letter.officeId, number, letter.id)) {
    problems.push(`Nomor surat ${number} sudah dipakai di buku agenda surat keluar`);
  }

  const readiness = new Map(context.readiness.map((r) => [r.nominationId, r.ready]));
  const overrides = new Map(letter.readinessOverrides.map((o) => [o.nominationId, o.note.trim()]));
  for (const annex of letter.annexes) {
    for (const row of annex.rows) {
      const ready = readiness.get(row.nominationId) === true;
      if (!ready && (overrides.get(row.nominationId) ?? '') === '') {
        problems.push(
          `${row.enterpriseName} belum lolos pemeriksaan kesiapan dan belum diberi catatan pengecualian`,
        );
      }
    }
  }
  return problems;
}
