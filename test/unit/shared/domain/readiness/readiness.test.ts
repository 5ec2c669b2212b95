import { describe, expect, it } from 'vitest';
import { asAwardId, asEnterpriseId, asProductId } from '@shared/domain/common/ids';
import {
  checkReadiness,
  readinessLight,
  type Finding,
  type ReadinessInput,
} from '@shared/domain/readiness/readiness';
import { makeAttachment, makeCredential } from '../../../../support/factories/register';
import { makeReadinessInput } from '../../../../support/factories/round';

type Mutate = (input: ReadinessInput) => ReadinessInput;

function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity}:${f.code}`);
}

function withoutKind(input: ReadinessInput, kind: string): ReadinessInput {
  return { ...input, credentials: input.credentials.filter((c) => c.kind !== kind) };
}

describe('checkReadiness: a complete food candidate', () => {
  it('has no findings and a green light', () => {
    const findings = checkReadiness(makeReadinessInput());
    expect(findings).toEqual([]);
    expect(readinessLight(findings)).toBe('siap');
  });
});

/** Each row breaks one thing in a ready candidate and expects exactly that finding. */
const rules: [
  name: string,
  mutate: Mutate,
  expected: string[],
  message?: string,
  field?: string,
][] = [
  [
    'commodity outside the five',
    (i) => ({
      ...i,
      product: { ...i.product, commodity: 'lainnya' },
      sentra: { ...i.sentra!, commodity: 'lainnya' },
    }),
    ['blocking:commodity-not-ovop'],
    'Komoditas "lainnya" bukan komoditas OVOP (makanan dan minuman, kain tenun, kain batik, anyaman, gerabah)',
    'commodity',
  ],
  [
    'IKM without sentra',
    (i) => ({
      ...i,
      enterprise: { ...i.enterprise, sentraId: undefined },
      sentra: undefined,
      decree: undefined,
    }),
    ['blocking:enterprise-no-sentra'],
    'IKM belum tergabung dalam sentra IKM',
    'sentraId',
  ],
  [
    'sentra without SK',
    (i) => ({ ...i, sentra: { ...i.sentra!, decreeId: undefined }, decree: undefined }),
    ['blocking:sentra-no-decree'],
    `Sentra "Sentra Kerupuk Ikan Martapura" belum memiliki SK penetapan dari bupati/wali kota`,
    'decreeId',
  ],
  [
    'SK signed by someone else',
    (i) => ({ ...i, decree: { ...i.decree!, signerRole: 'lainnya' } }),
    ['blocking:decree-not-regional-head'],
    'SK 188.45/123/KUM/2023 tidak ditandatangani bupati/wali kota',
    'signerRole',
  ],
  [
    'SK from another kab/kota',
    (i) => ({ ...i, decree: { ...i.decree!, issuingRegionCode: '63.04' } }),
    ['advisory:decree-other-region'],
  ],
  [
    'SK without scan',
    (i) => ({ ...i, decree: { ...i.decree!, scanHash: undefined } }),
    ['advisory:decree-no-scan'],
    'Pindaian SK 188.45/123/KUM/2023 belum diunggah',
  ],
  [
    'sentra with 4 units',
    (i) => ({ ...i, sentra: { ...i.sentra!, unitCount: 4 } }),
    ['blocking:sentra-too-few-units'],
    'Sentra "Sentra Kerupuk Ikan Martapura" baru 4 unit usaha; minimal 5 (PP 29/2018)',
    'unitCount',
  ],
  [
    'NIB of 12 digits',
    (i) => ({ ...i, enterprise: { ...i.enterprise, nib: '912000123456' } }),
    ['blocking:nib-invalid'],
    'NIB IKM tidak valid (harus 13 digit angka)',
    'nib',
  ],
  [
    'food without izin edar',
    (i) => withoutKind(i, 'spp-irt'),
    ['blocking:izin-edar-missing'],
    'Izin edar (SPP-IRT atau BPOM MD) produk "Kerupuk Ikan Haruan" belum ada (wajib untuk makanan dan minuman, per produk)',
  ],
  [
    'food without halal',
    (i) => withoutKind(i, 'halal'),
    ['blocking:halal-missing'],
    'Sertifikat Halal produk "Kerupuk Ikan Haruan" belum ada (wajib untuk makanan dan minuman, per produk)',
  ],
  [
    'food without lab results',
    (i) => withoutKind(i, 'uji-lab'),
    ['blocking:lab-missing'],
    'Hasil Uji Laboratorium produk "Kerupuk Ikan Haruan" belum ada (wajib untuk makanan dan minuman, per produk)',
  ],
  [
    'halal expiring before the close date',
    (i) => ({
      ...i,
      credentials: i.credentials.map((c) =>
        c.kind === 'halal' ? { ...c, expiresOn: '2026-06-29' } : c,
      ),
    }),
    ['blocking:halal-missing'],
    'Sertifikat Halal tidak berlaku pada tanggal penutupan 30 Juni 2026',
    'expiresOn',
  ],
  [
    'halal of another product',
    (i) => ({
      ...i,
      credentials: i.credentials.map((c) =>
        c.kind === 'halal' ? { ...c, productId: asProductId('lain') } : c,
      ),
    }),
    ['blocking:halal-missing'],
  ],
  [
    'halal soft-deleted',
    (i) => ({
      ...i,
      credentials: i.credentials.map((c) =>
        c.kind === 'halal' ? { ...c, deletedAt: '2026-03-02T00:00:00.000Z' } : c,
      ),
    }),
    ['blocking:halal-missing'],
  ],
  [
    'expired NIB document',
    (i) => ({
      ...i,
      credentials: i.credentials.map((c) =>
        c.kind === 'nib' ? { ...c, expiresOn: '2026-01-01' } : c,
      ),
    }),
    ['blocking:credential-expired', 'blocking:checklist:nib'],
  ],
  [
    'expired HKI (optional evidence)',
    (i) => ({
      ...i,
      credentials: [
        ...i.credentials,
        makeCredential({
          enterpriseId: i.enterprise.id,
          kind: 'hki',
          number: 'IDM000123',
          expiresOn: '2025-12-31',
        }),
      ],
    }),
    ['advisory:credential-expired'],
    'HKI (Merek) nomor IDM000123 tidak berlaku pada tanggal penutupan 30 Juni 2026',
  ],
  [
    'only 2 photos',
    (i) => ({ ...i, attachments: i.attachments.slice(1) }),
    ['blocking:photos-missing'],
    'Foto produk baru 2; minimal 3',
  ],
  [
    'a deleted photo does not count',
    (i) => ({
      ...i,
      attachments: i.attachments.map((a, n) =>
        n === 0 ? { ...a, deletedAt: '2026-03-02T00:00:00.000Z' } : a,
      ),
    }),
    ['blocking:photos-missing'],
  ],
  [
    'profile document missing',
    (i) => ({ ...i, attachments: i.attachments.filter((a) => a.kind === 'photo') }),
    ['blocking:checklist:profil-usaha'],
    'Profil usaha belum ada',
  ],
  [
    'uniqueness story blank',
    (i) => ({ ...i, product: { ...i.product, uniquenessStory: '  ' } }),
    ['blocking:uniqueness-empty'],
    'Keunikan produk belum diisi',
    'uniquenessStory',
  ],
  [
    'local share not filled',
    (i) => ({ ...i, product: { ...i.product, localRawMaterialSharePercent: undefined } }),
    ['advisory:local-share-empty'],
    'Persentase bahan baku lokal belum diisi',
  ],
  [
    'capacity not filled (an imported product)',
    (i) => ({
      ...i,
      product: { ...i.product, capacity: { value: 0, unit: 'belum diisi', period: 'bulan' } },
    }),
    ['advisory:capacity-empty'],
    'Kapasitas produksi belum diisi',
    'capacity',
  ],
  [
    'prices not filled (an imported product)',
    (i) => ({ ...i, product: { ...i.product, priceMin: 0, priceMax: 0 } }),
    ['advisory:price-empty'],
    'Harga jual belum diisi',
    'priceMin',
  ],
  [
    'seasonal production',
    (i) => ({ ...i, product: { ...i.product, monthsProducedPerYear: 6 } }),
    ['advisory:production-seasonal'],
    'Produksi hanya 6 bulan per tahun (musiman); diharapkan minimal 12 bulan',
  ],
  [
    'production months unknown',
    (i) => ({ ...i, product: { ...i.product, monthsProducedPerYear: undefined } }),
    ['advisory:production-unknown'],
  ],
  [
    'not the lead firm',
    (i) => ({ ...i, enterprise: { ...i.enterprise, isLeadFirm: false } }),
    ['advisory:not-lead-firm'],
    'IKM bukan penghela (lead firm) sentranya',
  ],
  [
    're-evaluation without award',
    (i) => ({ ...i, nomination: { ...i.nomination!, kind: 'evaluasi-ulang' } }),
    ['blocking:re-evaluation-no-award'],
  ],
  [
    'product of another IKM',
    (i) => ({ ...i, product: { ...i.product, enterpriseId: asEnterpriseId('ikm-lain') } }),
    ['blocking:product-not-of-enterprise'],
  ],
];

describe('checkReadiness: one rule at a time', () => {
  it.each(rules)('%s', (_name, mutate, expected, message, field) => {
    const findings = checkReadiness(mutate(makeReadinessInput()));
    expect(codes(findings)).toEqual(expected);
    if (message !== undefined) expect(findings[0]?.message).toBe(message);
    if (field !== undefined) expect(findings[0]?.target.field).toBe(field);
  });
});

describe('checkReadiness: settings and commodity differences', () => {
  it('BPOM MD is an accepted izin edar instead of SPP-IRT', () => {
    const input = makeReadinessInput();
    const credentials = input.credentials.map((c) =>
      c.kind === 'spp-irt' ? { ...c, kind: 'bpom-md' as const } : c,
    );
    expect(checkReadiness({ ...input, credentials })).toEqual([]);
  });

  it('a renewed credential makes the old expired one harmless', () => {
    const input = makeReadinessInput();
    const old = makeCredential({
      enterpriseId: input.enterprise.id,
      kind: 'halal',
      number: 'LAMA',
      issuedOn: '2019-01-01',
      expiresOn: '2023-01-01',
    });
    expect(checkReadiness({ ...input, credentials: [...input.credentials, old] })).toEqual([]);
  });

  it('a woven cloth product does not need halal, izin edar or lab results', () => {
    const input = makeReadinessInput();
    const credentials = input.credentials.filter((c) => c.kind === 'nib');
    expect(
      checkReadiness({
        ...input,
        product: { ...input.product, commodity: 'kain-tenun' },
        sentra: { ...input.sentra, commodity: 'kain-tenun' },
        credentials,
      }),
    ).toEqual([]);
  });

  it('the photo count and continuity threshold follow the round', () => {
    const input = makeReadinessInput({
      round: { requiredPhotos: 5, minMonthsProducedPerYear: 10 },
    });
    const findings = checkReadiness({
      ...input,
      product: { ...input.product, monthsProducedPerYear: 10 },
    });
    expect(codes(findings)).toEqual(['blocking:photos-missing']);
    expect(findings[0]?.message).toBe('Foto produk baru 3; minimal 5');
  });

  it('a checklist item for photos counts only photos tagged for it', () => {
    const input = makeReadinessInput();
    const round = {
      ...input.round,
      documentChecklist: {
        ...input.round.documentChecklist,
        'makanan-minuman': [
          { id: 'foto-proses', label: 'Foto proses produksi', kind: 'photo' as const, minCount: 2 },
        ],
      },
    };
    const one = makeAttachment({ checklistItemId: 'foto-proses' });
    expect(
      checkReadiness({ ...input, round, attachments: [...input.attachments, one] }).map(
        (f) => f.message,
      ),
    ).toEqual(['Foto proses produksi: baru 1, minimal 2']);
  });

  it('lists blocking findings before advisory ones', () => {
    const input = makeReadinessInput();
    const findings = checkReadiness({
      ...input,
      enterprise: { ...input.enterprise, isLeadFirm: false },
      product: { ...input.product, uniquenessStory: '' },
    });
    expect(codes(findings)).toEqual(['blocking:uniqueness-empty', 'advisory:not-lead-firm']);
  });

  it('a re-evaluation with its award is fine', () => {
    const input = makeReadinessInput();
    expect(
      checkReadiness({
        ...input,
        nomination: { ...input.nomination, kind: 'evaluasi-ulang', awardId: asAwardId('b1') },
      }),
    ).toEqual([]);
  });
});

describe('readinessLight', () => {
  const f = (severity: Finding['severity']): Finding => ({
    code: 'x',
    severity,
    message: 'x',
    target: { entity: 'product' },
  });
  it.each([
    [[], 'siap'],
    [[f('advisory')], 'perlu-perhatian'],
    [[f('advisory'), f('blocking')], 'belum-siap'],
  ] as const)('%j → %s', (findings, light) => {
    expect(readinessLight(findings)).toBe(light);
  });
});
