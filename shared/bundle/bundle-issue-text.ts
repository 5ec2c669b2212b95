import type { z } from 'zod';

/** Indonesian names of the fields a refusal most often points at; other paths are shown as they are. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'id',
  officeId: 'instansi',
  roundId: 'periode',
  year: 'tahun',
  date: 'tanggal',
  number: 'nomor',
  status: 'status',
  hal: 'hal',
  annexes: 'lampiran',
  finalPdfHash: 'PDF final',
  signedCopyHash: 'salinan bertanda tangan',
  name: 'nama',
  createdAt: 'waktu dibuat',
  updatedAt: 'waktu diubah',
};

function fieldName(path: readonly PropertyKey[]): string {
  const head = path[0];
  const label = typeof head === 'string' ? (FIELD_LABELS[head] ?? head) : '';
  const rest = path.slice(1).map(String).join('.');
  return rest ? `${label}.${rest}` : label;
}

/**
 * One validation problem of a bundle row as an Indonesian sentence. Passed as the per-parse error
 * map, so messages a schema already words in Indonesian (custom refinements) keep precedence.
 */
export function bundleIssueText(issue: z.core.$ZodRawIssue): string {
  const field = fieldName(issue.path ?? []);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `memuat isian yang tidak dikenal aplikasi ini (${issue.keys.join(', ')}); bundel dibuat dengan format lain`;
    case 'invalid_type':
      return issue.input === undefined
        ? `isian "${field}" tidak ada`
        : `isian "${field}" berjenis salah`;
    case 'too_small':
      return `isian "${field}" terlalu pendek atau terlalu kecil`;
    case 'too_big':
      return `isian "${field}" terlalu panjang atau terlalu besar`;
    case 'invalid_format':
      return `isian "${field}" formatnya tidak sah`;
    case 'invalid_value':
      return `isian "${field}" bernilai tidak dikenal`;
    default:
      return `isian "${field}" tidak sah`;
  }
}
