import { COMMODITY_LABELS, isOvopCommodity } from '../common/commodity';
import { formatShortDate } from '../common/date';
import { isValidNib } from '../common/nib';
import { kabKotaOf } from '../common/region';
import {
  CREDENTIAL_KIND_LABELS,
  OPTIONAL_CREDENTIAL_KINDS,
  credentialsForProduct,
  isValidOn,
  type Credential,
  type CredentialKind,
} from '../credential/credential';
import { MIN_SENTRA_UNITS } from '../sentra/sentra';
import type { Finding } from './finding';
import {
  decreeDateRule,
  sentraCommodityRule,
  sentraRegionRule,
  sizeClassRule,
  starHolderRule,
} from './rules-consistency';
import type { ReadinessInput } from './readiness-input';

/** A readiness rule: a stable code, what it checks, and the findings it returns. */
export interface ReadinessRule {
  code: string;
  /** Indonesian, for a help page listing the rules. */
  description: string;
  check: (input: ReadinessInput) => Finding[];
}

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

function isFood(input: ReadinessInput): boolean {
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

function validOfKinds(input: ReadinessInput, kinds: readonly CredentialKind[]): Credential[] {
  const close = input.round.closesOn;
  return credentialsOfKinds(input, kinds).filter((c) => isValidOn(c, close));
}

const liveAttachments = (input: ReadinessInput) =>
  input.attachments.filter((a) => a.deletedAt === undefined);

const commodityRule: ReadinessRule = {
  code: 'commodity-not-ovop',
  description: 'Komoditas produk termasuk lima komoditas OVOP',
  check: ({ product }) =>
    isOvopCommodity(product.commodity)
      ? []
      : [
          {
            code: 'commodity-not-ovop',
            severity: 'blocking',
            message: `Komoditas "${COMMODITY_LABELS[product.commodity]}" bukan komoditas OVOP (makanan dan minuman, kain tenun, kain batik, anyaman, gerabah)`,
            target: { entity: 'product', id: product.id, field: 'commodity' },
          },
        ],
};

const productOwnerRule: ReadinessRule = {
  code: 'product-not-of-enterprise',
  description: 'Produk milik IKM yang diusulkan',
  check: ({ product, enterprise }) =>
    product.enterpriseId === enterprise.id
      ? []
      : [
          {
            code: 'product-not-of-enterprise',
            severity: 'blocking',
            message: 'Produk ini bukan milik IKM yang diusulkan',
            target: { entity: 'product', id: product.id, field: 'enterpriseId' },
          },
        ],
};

const sentraRule: ReadinessRule = {
  code: 'enterprise-no-sentra',
  description: 'IKM tergabung dalam sentra IKM',
  check: ({ enterprise, sentra }) =>
    enterprise.sentraId !== undefined &&
    sentra !== undefined &&
    sentra.id === enterprise.sentraId &&
    sentra.deletedAt === undefined
      ? []
      : [
          {
            code: 'enterprise-no-sentra',
            severity: 'blocking',
            message: 'IKM belum tergabung dalam sentra IKM',
            target: { entity: 'enterprise', id: enterprise.id, field: 'sentraId' },
          },
        ],
};

const decreeRule: ReadinessRule = {
  code: 'sentra-no-decree',
  description: 'Sentra memiliki SK penetapan dari bupati/wali kota',
  check: ({ sentra, decree }) => {
    if (!sentra) return [];
    if (
      sentra.decreeId === undefined ||
      !decree ||
      decree.id !== sentra.decreeId ||
      decree.deletedAt !== undefined
    ) {
      return [
        {
          code: 'sentra-no-decree',
          severity: 'blocking',
          message: `Sentra "${sentra.name}" belum memiliki SK penetapan dari bupati/wali kota`,
          target: { entity: 'sentra', id: sentra.id, field: 'decreeId' },
        },
      ];
    }
    const findings: Finding[] = [];
    if (decree.signerRole === 'lainnya') {
      findings.push({
        code: 'decree-not-regional-head',
        severity: 'blocking',
        message: `SK ${decree.number} tidak ditandatangani bupati/wali kota`,
        target: { entity: 'decree', id: decree.id, field: 'signerRole' },
      });
    }
    if (kabKotaOf(sentra.regionCode) !== decree.issuingRegionCode) {
      findings.push({
        code: 'decree-other-region',
        severity: 'advisory',
        message: `SK ${decree.number} diterbitkan oleh kabupaten/kota lain dari letak sentra`,
        target: { entity: 'decree', id: decree.id, field: 'issuingRegionCode' },
      });
    }
    if (decree.scanHash === undefined) {
      findings.push({
        code: 'decree-no-scan',
        severity: 'advisory',
        message: `Pindaian SK ${decree.number} belum diunggah`,
        target: { entity: 'decree', id: decree.id, field: 'scanHash' },
      });
    }
    return findings;
  },
};

const sentraUnitsRule: ReadinessRule = {
  code: 'sentra-too-few-units',
  description: 'Sentra IKM minimal 5 unit usaha (PP 29/2018)',
  check: ({ sentra }) =>
    sentra && sentra.unitCount < MIN_SENTRA_UNITS
      ? [
          {
            code: 'sentra-too-few-units',
            severity: 'blocking',
            message: `Sentra "${sentra.name}" baru ${sentra.unitCount} unit usaha; minimal ${MIN_SENTRA_UNITS} (PP 29/2018)`,
            target: { entity: 'sentra', id: sentra.id, field: 'unitCount' },
          },
        ]
      : [],
};

const nibRule: ReadinessRule = {
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

const foodRule: ReadinessRule = {
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

const expiredRule: ReadinessRule = {
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

const photosRule: ReadinessRule = {
  code: 'photos-missing',
  description: 'Jumlah foto produk memenuhi ketentuan periode',
  check: (input) => {
    const count = liveAttachments(input).filter((a) => a.kind === 'photo').length;
    const need = input.round.requiredPhotos;
    return count >= need
      ? []
      : [
          {
            code: 'photos-missing',
            severity: 'blocking',
            message: `Foto produk baru ${count}; minimal ${need}`,
            target: { entity: 'attachment', field: 'photo' },
          },
        ];
  },
};

const checklistRule: ReadinessRule = {
  code: 'checklist',
  description: 'Persyaratan dokumen periode untuk komoditas ini terpenuhi',
  check: (input) => {
    const items = input.round.documentChecklist[input.product.commodity] ?? [];
    const foodKinds = isFood(input) ? FOOD_REQUIRED.flatMap((r) => r.kinds) : [];
    const findings: Finding[] = [];
    for (const item of items) {
      let have: number;
      if (item.kind === 'photo' || item.kind === 'document') {
        const kind = item.kind;
        have = liveAttachments(input).filter(
          (a) => a.kind === kind && a.checklistItemId === item.id,
        ).length;
      } else {
        if (foodKinds.includes(item.kind)) continue;
        have = validOfKinds(input, [item.kind]).length;
      }
      if (have < item.minCount) {
        findings.push({
          code: `checklist:${item.id}`,
          severity: 'blocking',
          message:
            item.minCount > 1
              ? `${item.label}: baru ${have}, minimal ${item.minCount}`
              : `${item.label} belum ada`,
          target:
            item.kind === 'photo' || item.kind === 'document'
              ? { entity: 'attachment', field: item.id }
              : { entity: 'credential', field: item.kind },
        });
      }
    }
    return findings;
  },
};

const uniquenessRule: ReadinessRule = {
  code: 'uniqueness-empty',
  description: 'Keunikan produk diisi',
  check: ({ product }) =>
    product.uniquenessStory.trim() === ''
      ? [
          {
            code: 'uniqueness-empty',
            severity: 'blocking',
            message: 'Keunikan produk belum diisi',
            target: { entity: 'product', id: product.id, field: 'uniquenessStory' },
          },
        ]
      : [],
};

const localShareRule: ReadinessRule = {
  code: 'local-share-empty',
  description: 'Persentase bahan baku lokal diisi',
  check: ({ product }) =>
    product.localRawMaterialSharePercent === undefined
      ? [
          {
            code: 'local-share-empty',
            severity: 'advisory',
            message: 'Persentase bahan baku lokal belum diisi',
            target: { entity: 'product', id: product.id, field: 'localRawMaterialSharePercent' },
          },
        ]
      : [],
};

/** Advisory: an imported product arrives with capacity and prices 0 until the officer fills them in. */
const productFiguresRule: ReadinessRule = {
  code: 'product-figures-empty',
  description: 'Kapasitas produksi dan harga jual diisi',
  check: ({ product }) => [
    ...(product.capacity.value <= 0
      ? [
          {
            code: 'capacity-empty',
            severity: 'advisory' as const,
            message: 'Kapasitas produksi belum diisi',
            target: { entity: 'product' as const, id: product.id, field: 'capacity' },
          },
        ]
      : []),
    ...(product.priceMax <= 0
      ? [
          {
            code: 'price-empty',
            severity: 'advisory' as const,
            message: 'Harga jual belum diisi',
            target: { entity: 'product' as const, id: product.id, field: 'priceMin' },
          },
        ]
      : []),
  ],
};

/** Advisory: continuity is judged by the selection team; the threshold is a round setting (default 12). */
const continuityRule: ReadinessRule = {
  code: 'production-seasonal',
  description: 'Produksi berkelanjutan (tidak musiman)',
  check: ({ product, round }) => {
    const months = product.monthsProducedPerYear;
    const target = { entity: 'product' as const, id: product.id, field: 'monthsProducedPerYear' };
    if (months === undefined) {
      return [
        {
          code: 'production-unknown',
          severity: 'advisory',
          message: 'Jumlah bulan produksi per tahun belum diisi',
          target,
        },
      ];
    }
    return months < round.minMonthsProducedPerYear
      ? [
          {
            code: 'production-seasonal',
            severity: 'advisory',
            message: `Produksi hanya ${months} bulan per tahun (musiman); diharapkan minimal ${round.minMonthsProducedPerYear} bulan`,
            target,
          },
        ]
      : [];
  },
};

const leadFirmRule: ReadinessRule = {
  code: 'not-lead-firm',
  description: 'IKM sebaiknya penghela sentranya',
  check: ({ enterprise, sentra }) =>
    enterprise.isLeadFirm || (sentra !== undefined && sentra.leadEnterpriseId === enterprise.id)
      ? []
      : [
          {
            code: 'not-lead-firm',
            severity: 'advisory',
            message: 'IKM bukan penghela (lead firm) sentranya',
            target: { entity: 'enterprise', id: enterprise.id, field: 'isLeadFirm' },
          },
        ],
};

const reEvaluationRule: ReadinessRule = {
  code: 're-evaluation-no-award',
  description: 'Evaluasi ulang menunjuk penghargaan sebelumnya',
  check: ({ nomination }) =>
    nomination && nomination.kind === 'evaluasi-ulang' && nomination.awardId === undefined
      ? [
          {
            code: 're-evaluation-no-award',
            severity: 'blocking',
            message: 'Pilih penghargaan bintang yang dievaluasi ulang',
            target: { entity: 'nomination', id: nomination.id, field: 'awardId' },
          },
        ]
      : [],
};

/** The rule table, in the order findings are listed. */
export const READINESS_RULES: readonly ReadinessRule[] = [
  commodityRule,
  productOwnerRule,
  reEvaluationRule,
  starHolderRule,
  sizeClassRule,
  sentraRule,
  decreeRule,
  decreeDateRule,
  sentraUnitsRule,
  sentraCommodityRule,
  sentraRegionRule,
  nibRule,
  foodRule,
  expiredRule,
  photosRule,
  checklistRule,
  uniquenessRule,
  localShareRule,
  productFiguresRule,
  continuityRule,
  leadFirmRule,
];
