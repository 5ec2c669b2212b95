import {
  credentialsForProduct,
  isValidOn,
  CREDENTIAL_KIND_LABELS,
  type Credential,
} from '../credential/credential';

/**
 * The Legalitas cell of a nominee: NIB, then every credential of the nominated product (or of the
 * whole enterprise) that is valid on the round's close date. Expired ones, ones not yet issued, and
 * those of the enterprise's other products are left out; an NIB credential with the enterprise's own
 * NIB is that same NIB, named once.
 */
export function annexLegality(
  nib: string,
  credentials: readonly Credential[],
  productId: string,
  closesOn: string,
): string {
  const valid = credentialsForProduct(
    credentials.filter((c) => c.deletedAt === undefined),
    productId,
  ).filter((c) => isValidOn(c, closesOn) && !(c.kind === 'nib' && c.number.trim() === nib.trim()));
  const parts = valid.map((c) => `${CREDENTIAL_KIND_LABELS[c.kind]} ${c.number}`.trim());
  return [`NIB ${nib}`.trim(), ...parts].join('; ');
}
