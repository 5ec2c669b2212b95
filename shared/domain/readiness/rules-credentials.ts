import { formatShortDate } from '../common/date';
import { isValidNib } from '../common/nib';
import {
  CREDENTIAL_KIND_LABELS,
  OPTIONAL_CREDENTIAL_KINDS,
  credentialsForProduct,
  isValidOn,
  type Credential,
  type CredentialKind,
} from '../credential/credential';
import type { Finding } from './finding';
import type { ReadinessInput } from './readiness-input';
import type { ReadinessRule } from './rule';

/* Legality: NIB, the food credentials per product, and credentials expired at the round's close. */

/** Credential kinds the food rules require; the checklist and expiry rules leave these to them. */
export const FOOD_REQUIRED: readonly {
  code: string;
  kinds: readonly CredentialKind[];
  label: string;
}[] = [
  {
    code: 'izin-edar-missing',
    kinds: ['spp-irt', 'bpom-md'],
    label: 'Izin edar (SPP-IRT atau BPOM MD)',
  },
  { code: 'halal-missing', kinds: ['halal'], label: 'Sertifikat Halal' },
  { code: 'lab-missing', kinds: ['uji-lab'], label: 'Hasil Uji Laboratorium' },
];

export function isFood(input: ReadinessInput): boolean {
  return input.product.commodity === 'makanan-minuman';
}

/** Credentials that count for this product: live, of its enterprise, not tied to another product. */
function relevantCredentials(input: ReadinessInput): Credential[] {
  return credentialsForProduct(
    input.credentials.filter(
      (c) => c.deletedAt === undefined && c.enterpriseId === input.enterprise.id,
    ),
    input.product.id,
  );
}

/** Kinds that belong to one product (izin edar, halal, lab): an enterprise-wide one does not count. */
const PER_PRODUCT_KINDS: readonly CredentialKind[] = ['spp-irt', 'bpom-md', 'halal', 'uji-lab'];

/** Credentials of these kinds that count for the product: per-product kinds only when tied to it. */
function credentialsOfKinds(input: ReadinessInput, kinds: readonly CredentialKind[]): Credential[] {
  return relevantCredentials(input).filter(
    (c) =>
      kinds.includes(c.kind) &&
      (!PER_PRODUCT_KINDS.includes(c.kind) || c.productId === input.product.id),
  );
}

export function validOfKinds(
  input: ReadinessInput,
  kinds: readonly CredentialKind[],
): Credential[] {
  const close = input.round.closesOn;
  return credentialsOfKinds(input, kinds).filter((c) => isValidOn(c, close));
}

export const nibRule: ReadinessRule = {
  code: 'nib-invalid',
  description: 'IKM memiliki NIB yang valid (13 digit)',
  check: ({ enterprise }) =>
    isValidNib(enterprise.nib)
      ? []
      : [
          {
            code: 'nib-invalid',
            severity: 'blocking',
            message: 'NIB IKM tidak valid (harus 13 digit angka)',
            target: { entity: 'enterprise', id: enterprise.id, field: 'nib' },
          },
        ],
};

export const foodRule: ReadinessRule = {
  code: 'food-credentials',
  description:
    'Makanan dan minuman: izin edar (SPP-IRT atau BPOM MD), sertifikat halal, dan hasil uji laboratorium berlaku pada tanggal penutupan',
  check: (input) => {
    if (!isFood(input)) return [];
    const close = formatShortDate(input.round.closesOn);
    return FOOD_REQUIRED.filter((req) => validOfKinds(input, req.kinds).length === 0).map((req) => {
      const expired = credentialsOfKinds(input, req.kinds)[0];
      return {
        code: req.code,
        severity: 'blocking' as const,
        message: expired
          ? `${req.label} tidak berlaku pada tanggal penutupan ${close}`
          : `${req.label} produk "${input.product.name}" belum ada (wajib untuk makanan dan minuman, per produk)`,
        target: expired
          ? { entity: 'credential' as const, id: expired.id, field: 'expiresOn' }
          : { entity: 'credential' as const },
      };
    });
  },
};

export const expiredRule: ReadinessRule = {
  code: 'credential-expired',
  description: 'Legalitas tidak kedaluwarsa pada tanggal penutupan (kecuali sudah ada yang baru)',
  check: (input) => {
    const close = input.round.closesOn;
    const foodKinds = isFood(input) ? FOOD_REQUIRED.flatMap((r) => r.kinds) : [];
    const creds = relevantCredentials(input);
    const kinds = [...new Set(creds.map((c) => c.kind))].filter((k) => !foodKinds.includes(k));
    const findings: Finding[] = [];
    for (const kind of kinds) {
      const ofKind = creds.filter((c) => c.kind === kind);
      if (ofKind.some((c) => isValidOn(c, close))) continue;
      const latest = [...ofKind].sort((a, b) =>
        (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''),
      )[0];
      if (!latest) continue;
      findings.push({
        code: 'credential-expired',
        severity: OPTIONAL_CREDENTIAL_KINDS.includes(kind) ? 'advisory' : 'blocking',
        message: `${CREDENTIAL_KIND_LABELS[kind]} nomor ${latest.number} tidak berlaku pada tanggal penutupan ${formatShortDate(close)}`,
        target: { entity: 'credential', id: latest.id, field: 'expiresOn' },
      });
    }
    return findings;
  },
};
