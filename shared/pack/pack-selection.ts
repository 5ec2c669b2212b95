import { credentialsForProduct, isValidOn, type Credential } from '../domain/credential/credential';
import { nomineeRows, type Letter } from '../domain/letter/letter';
import { needsProposalLetter } from '../domain/nomination/nomination';
import type { NominationStatus } from '../domain/nomination/nomination.schema';
import { FOOD_REQUIRED } from '../domain/readiness/rules-credentials';
import type { PackInput, PackLetter, PackNominee } from './pack-input';

/** Statuses of a nomination that goes to the portal: validated, and on through signing and upload. */
const PORTAL_STATUSES: readonly NominationStatus[] = [
  'divalidasi',
  'surat-ditandatangani',
  'diunggah',
];

/** A nomination of the round that is not packed, with the reason the pre-flight list shows. */
export interface PackExclusion {
  nominationId: string;
  enterpriseName: string;
  reason: string;
}

/** A scan the portal requires that the nominee does not have (blocks the build). */
export interface MissingScan {
  nominationId: string;
  enterpriseId: string;
  enterpriseName: string;
  label: string;
}

const FINAL_STATUSES: readonly Letter['status'][] = ['final', 'signed', 'sent'];

/** The newest final letter of this office and this round that has a PDF; others never go in the pack. */
export function packLetter(input: PackInput): PackLetter | undefined {
  const own = input.letters.filter(
    (l) =>
      l.officeId === input.officeId &&
      l.roundId === input.round.id &&
      FINAL_STATUSES.includes(l.status) &&
      (l.finalPdfHash !== undefined || l.signedCopyHash !== undefined),
  );
  return [...own].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** Splits the round's nominees (already limited to the scope) into packed ones and excluded ones. */
export function selectNominees(
  input: PackInput,
  letter: PackLetter | undefined,
): { packed: PackNominee[]; excluded: PackExclusion[] } {
  const listed = new Set(letter ? nomineeRows(letter).map((r) => r.nominationId) : []);
  const packed: PackNominee[] = [];
  const excluded: PackExclusion[] = [];
  for (const n of input.nominees) {
    const exclude = (reason: string) =>
      excluded.push({ nominationId: n.nomination.id, enterpriseName: n.enterprise.name, reason });
    if (n.nomination.status === 'draft' || n.nomination.status === 'ditarik') continue;
    if (!needsProposalLetter(n.nomination))
      exclude(
        'evaluasi ulang penerima bintang, tidak perlu surat usulan baru dan tidak diunggah ke portal',
      );
    else if (!PORTAL_STATUSES.includes(n.nomination.status))
      exclude(`statusnya "${n.nomination.status}" tidak dikirim ke portal`);
    else if (!letter) exclude('belum ada surat usulan final periode ini yang mencantumkannya');
    else if (!listed.has(n.nomination.id))
      exclude(`tidak tercantum dalam lampiran surat ${letter.number ?? ''}`.trim());
    else packed.push(n);
  }
  return { packed, excluded };
}

/** Credentials of the nominated product (or the whole IKM) valid on the round's close date. */
export function packableCredentials(n: PackNominee, closesOn: string): Credential[] {
  const productId = n.product?.id ?? n.nomination.productId;
  return credentialsForProduct(
    n.credentials.filter((c) => c.deletedAt === undefined && c.enterpriseId === n.enterprise.id),
    productId,
  ).filter((c) => isValidOn(c, closesOn));
}

/** The scans the portal requires: SK of the sentra, and for food the izin edar, halal and lab of the product. */
export function missingScans(n: PackNominee, closesOn: string): MissingScan[] {
  const base = {
    nominationId: n.nomination.id,
    enterpriseId: n.enterprise.id,
    enterpriseName: n.enterprise.name,
  };
  const missing: MissingScan[] = [];
  if (!n.decree?.scanHash) missing.push({ ...base, label: 'pindaian SK penetapan sentra' });
  if (n.product?.commodity === 'makanan-minuman') {
    const valid = packableCredentials(n, closesOn).filter(
      (c) => c.productId === n.product?.id && c.scanHash !== undefined,
    );
    for (const req of FOOD_REQUIRED) {
      if (!valid.some((c) => req.kinds.includes(c.kind)))
        missing.push({ ...base, label: `pindaian ${req.label} produk yang berlaku` });
    }
  }
  return missing;
}
