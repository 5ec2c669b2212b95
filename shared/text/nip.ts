import { daysInMonth } from './date';

/** NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, grouped 8-6-1-3. */

const NIP_LENGTH = 18;

/** Keeps only the digits: `19680411 199303 1 009` → `196804111993031009`. */
export function normaliseNip(input: string): string {
  return input.replace(/\D/g, '');
}

/**
 * Problems with a NIP, in Indonesian; empty when valid. Checks length, the embedded birth date
 * (YYYYMMDD), the TMT CPNS (YYYYMM, not before the 18th birthday year minus slack), the gender digit
 * (1 or 2) and a non-zero serial number.
 */
export function nipProblems(input: string): string[] {
  const nip = normaliseNip(input);
  if (nip.length !== NIP_LENGTH)
    return [`NIP harus ${NIP_LENGTH} digit (sekarang ${nip.length} digit)`];
  const problems: string[] = [];
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  const gender = nip.charAt(14);
  const serial = Number(nip.slice(15, 18));
  const birthOk =
    birthYear >= 1900 &&
    birthYear <= 2099 &&
    birthMonth >= 1 &&
    birthMonth <= 12 &&
    birthDay >= 1 &&
    birthDay <= daysInMonth(birthYear, birthMonth);
  if (!birthOk) problems.push('Tanggal lahir di dalam NIP (digit 1–8) tidak masuk akal');
  const tmtOk = tmtYear >= 1900 && tmtYear <= 2099 && tmtMonth >= 1 && tmtMonth <= 12;
  if (!tmtOk) problems.push('TMT CPNS di dalam NIP (digit 9–14) tidak masuk akal');
  if (birthOk && tmtOk && tmtYear - birthYear < 16)
    problems.push('TMT CPNS di dalam NIP terlalu dekat dengan tanggal lahir');
  if (gender !== '1' && gender !== '2')
    problems.push('Digit jenis kelamin di dalam NIP (digit 15) harus 1 atau 2');
  if (serial === 0) problems.push('Nomor urut di dalam NIP (digit 16–18) tidak boleh 000');
  return problems;
}

export function isValidNip(input: string): boolean {
  return nipProblems(input).length === 0;
}

/** `196804111993031009` → `19680411 199303 1 009`; other lengths are returned as the digits only. */
export function formatNip(input: string): string {
  const nip = normaliseNip(input);
  if (nip.length !== NIP_LENGTH) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.charAt(14)} ${nip.slice(15)}`;
}
