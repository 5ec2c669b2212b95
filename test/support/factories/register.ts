import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import type { AwardRecord } from '@shared/domain/award/award';
import {
  asAttachmentId,
  asAwardId,
  asCredentialId,
  asDecreeId,
  asEnterpriseId,
  asProductId,
  asSentraId,
} from '@shared/domain/common/ids';
import type { Credential } from '@shared/domain/credential/credential';
import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import type { Product } from '@shared/domain/product/product';
import type { Sentra, SentraDecree } from '@shared/domain/sentra/sentra';

/** Register factories: valid records by default, override what the test is about. */
export const FIXED_AT = '2026-03-01T08:00:00.000Z';

let counter = 0;
/** Deterministic ids within a test run. */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A 64-hex-character fake SHA-256 built from a seed. */
export function fakeHash(seed: string): string {
  let h = '';
  for (let i = 0; h.length < 64; i++)
    h += ((seed.charCodeAt(i % Math.max(1, seed.length)) + i) % 16).toString(16);
  return h.slice(0, 64);
}

export function makeDecree(overrides: Partial<SentraDecree> = {}): SentraDecree {
  return {
    id: asDecreeId(nextId('sk')),
    number: '188.45/123/KUM/2023',
    date: '2023-05-10',
    signedBy: 'Bupati Banjar',
    signerRole: 'bupati',
    issuingRegionCode: '63.03',
    scanHash: fakeHash('sk'),
    createdAt: FIXED_AT,
    updatedAt: FIXED_AT,
    ...overrides,
  };
}

export function makeSentra(overrides: Partial<Sentra> = {}): Sentra {
  return {
    id: asSentraId(nextId('sentra')),
    name: 'Sentra Kerupuk Ikan Martapura',
    commodity: 'makanan-minuman',
    regionCode: '63.03.07.2001',
    address: 'Jl. Ahmad Yani Km 39',
    unitCount: 12,
    workerCount: 48,
    notes: '',
    createdAt: FIXED_AT,
    updatedAt: FIXED_AT,
    ...overrides,
  };
}

export function makeEnterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    id: asEnterpriseId(nextId('ikm')),
    name: 'UD Berkah Bahari',
    ownerName: 'Siti Aminah',
    nib: '9120001234567',
    address: 'Jl. Pasar Lama No. 5',
    regionCode: '63.03.07.2001',
    phone: '0812-3456-7890',
    email: '',
    yearFounded: 2012,
    workerCount: 8,
    investmentRupiah: 150_000_000,
    isLeadFirm: true,
    notes: '',
    createdAt: FIXED_AT,
    updatedAt: FIXED_AT,
    ...overrides,
  };
}

export function makeProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: asProductId(nextId('produk')),
    enterpriseId: asEnterpriseId('ikm-0'),
    name: 'Kerupuk Ikan Haruan',
    commodity: 'makanan-minuman',
    uniquenessStory: 'Resep turun-temurun dengan ikan haruan dari rawa Martapura.',
    rawMaterials: 'Ikan haruan, tepung tapioka',
    localRawMaterialSharePercent: 90,
    capacity: { value: 200, unit: 'kg', period: 'bulan' },
    monthsProducedPerYear: 12,
    market: { local: true, regional: true, national: false, export: false, exportDestinations: [] },
    priceMin: 15_000,
    priceMax: 45_000,
    createdAt: FIXED_AT,
    updatedAt: FIXED_AT,
    ...overrides,
  };
}

export function makeCredential(overrides: Partial<Credential> = {}): Credential {
  return {
    id: asCredentialId(nextId('legalitas')),
    enterpriseId: asEnterpriseId('ikm-0'),
    kind: 'halal',
    number: 'ID63110000123450323',
    issuer: 'BPJPH',
    issuedOn: '2023-03-01',
    expiresOn: '2027-03-01',
    createdAt: FIXED_AT,
    updatedAt: FIXED_AT,
    ...overrides,
  };
}

export function makeAttachment(overrides: Partial<AttachmentMeta> = {}): AttachmentMeta {
  const id = nextId('lampiran');
  return {
    id: asAttachmentId(id),
    hash: fakeHash(id),
    originalName: 'foto-produk.jpg',
    mediaType: 'image/jpeg',
    size: 1_200_000,
    kind: 'photo',
    owner: { type: 'product', id: 'produk-0' },
    createdAt: FIXED_AT,
    ...overrides,
  };
}

export function makeAward(overrides: Partial<AwardRecord> = {}): AwardRecord {
  return {
    id: asAwardId(nextId('bintang')),
    enterpriseId: asEnterpriseId('ikm-0'),
    productName: 'Kerupuk Ikan Haruan',
    year: 2022,
    stars: 3,
    scale: 5,
    createdAt: FIXED_AT,
    updatedAt: FIXED_AT,
    ...overrides,
  };
}

/** A food IKM ready for nomination: sentra with SK, product, NIB/izin edar/halal/lab, 3 photos, profile. */
export function makeReadyFoodCandidate() {
  const decree = makeDecree();
  const sentra = makeSentra({ decreeId: decree.id });
  const enterprise = makeEnterprise({ sentraId: sentra.id });
  const product = makeProduct({ enterpriseId: enterprise.id });
  const credentials = [
    makeCredential({
      enterpriseId: enterprise.id,
      kind: 'nib',
      number: enterprise.nib,
      issuer: 'OSS',
      expiresOn: undefined,
    }),
    makeCredential({
      enterpriseId: enterprise.id,
      productId: product.id,
      kind: 'spp-irt',
      number: '2086303010123-28',
      issuer: 'Bupati Banjar',
      expiresOn: '2028-01-01',
    }),
    makeCredential({ enterpriseId: enterprise.id, productId: product.id, kind: 'halal' }),
    makeCredential({
      enterpriseId: enterprise.id,
      productId: product.id,
      kind: 'uji-lab',
      number: 'LHU-0412/2025',
      issuer: 'Balai Standardisasi Banjarbaru',
      issuedOn: '2025-11-01',
      expiresOn: undefined,
    }),
  ];
  const owner = { type: 'product' as const, id: product.id };
  const attachments = [
    makeAttachment({ owner }),
    makeAttachment({ owner }),
    makeAttachment({ owner }),
    makeAttachment({
      owner: { type: 'enterprise', id: enterprise.id },
      kind: 'document',
      originalName: 'profil.pdf',
      mediaType: 'application/pdf',
      checklistItemId: 'profil-usaha',
    }),
  ];
  return { decree, sentra, enterprise, product, credentials, attachments };
}
