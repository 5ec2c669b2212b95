import { describe, expect, it } from 'vitest';
import { asEnterpriseId, asProductId } from '@shared/domain/common/ids';
import { checkReadiness, type Finding } from '@shared/domain/readiness/readiness';
import { makeAward, makeCredential, makeProduct } from '../../../../support/factories/register';
import { makeReadinessInput } from '../../../../support/factories/round';

const codes = (findings: Finding[]): string[] => findings.map((f) => `${f.severity}:${f.code}`);

/** The ready candidate, with its round closing on 30 June 2026. */
const ready = () => makeReadinessInput();

describe('readiness: izin edar, halal and lab are per product', () => {
  it('a second food product of the same IKM without its own documents is not ready', () => {
    const input = ready();
    const second = makeProduct({ enterpriseId: input.enterprise.id, name: 'Amplang Haruan' });
    const findings = checkReadiness({ ...input, product: second });
    expect(codes(findings)).toEqual([
      'blocking:izin-edar-missing',
      'blocking:halal-missing',
      'blocking:lab-missing',
    ]);
    expect(findings[0]?.message).toBe(
      'Izin edar (SPP-IRT atau BPOM MD) produk "Amplang Haruan" belum ada (wajib untuk makanan dan minuman, per produk)',
    );
  });

  it('an enterprise-wide halal certificate does not stand in for the product own one', () => {
    const input = ready();
    const credentials = input.credentials.map((c) =>
      c.kind === 'halal' ? { ...c, productId: undefined } : c,
    );
    expect(codes(checkReadiness({ ...input, credentials }))).toEqual(['blocking:halal-missing']);
  });
});

describe('readiness: IKM size class', () => {
  it('an enterprise above the medium limits (industri besar) is blocking', () => {
    const input = ready();
    const findings = checkReadiness({
      ...input,
      enterprise: { ...input.enterprise, workerCount: 120, investmentRupiah: 20_000_000_000 },
    });
    expect(codes(findings)).toEqual(['blocking:enterprise-not-ikm']);
  });

  it('a medium enterprise is still an IKM', () => {
    const input = ready();
    expect(
      checkReadiness({
        ...input,
        enterprise: { ...input.enterprise, workerCount: 60, investmentRupiah: 5_000_000_000 },
      }),
    ).toEqual([]);
  });
});

describe('readiness: star holders', () => {
  it('a re-evaluation must name an award of this IKM', () => {
    const input = ready();
    const other = makeAward({ enterpriseId: asEnterpriseId('ikm-lain'), year: 2022 });
    const findings = checkReadiness({
      ...input,
      awards: [other],
      nomination: { ...input.nomination, kind: 'evaluasi-ulang', awardId: other.id },
    });
    expect(codes(findings)).toEqual(['blocking:re-evaluation-award-other']);
  });

  it('a re-evaluation award must predate the round', () => {
    const input = ready();
    const award = makeAward({ enterpriseId: input.enterprise.id, year: 2026 });
    const findings = checkReadiness({
      ...input,
      awards: [award],
      nomination: { ...input.nomination, kind: 'evaluasi-ulang', awardId: award.id },
    });
    expect(codes(findings)).toEqual(['blocking:re-evaluation-award-not-earlier']);
    expect(findings[0]?.message).toBe('Penghargaan tahun 2026 tidak mendahului periode 2026');
  });

  it('a re-evaluation of an earlier award of this IKM is fine', () => {
    const input = ready();
    const award = makeAward({ enterpriseId: input.enterprise.id, year: 2022 });
    expect(
      checkReadiness({
        ...input,
        awards: [award],
        nomination: { ...input.nomination, kind: 'evaluasi-ulang', awardId: award.id },
      }),
    ).toEqual([]);
  });

  it('flags a new ("baru") nomination for a product that already holds a star', () => {
    const input = ready();
    const award = makeAward({
      enterpriseId: input.enterprise.id,
      productName: ' kerupuk ikan  haruan',
      year: 2022,
      stars: 3,
    });
    const findings = checkReadiness({ ...input, awards: [award] });
    expect(codes(findings)).toEqual(['blocking:new-nomination-star-holder']);
    expect(findings[0]?.message).toBe(
      'Produk "Kerupuk Ikan Haruan" sudah berbintang 3 (tahun 2022): usulkan sebagai evaluasi ulang, bukan usulan baru',
    );
    const otherProduct = makeAward({
      enterpriseId: input.enterprise.id,
      productName: 'Amplang',
      year: 2022,
    });
    expect(checkReadiness({ ...input, awards: [otherProduct] })).toEqual([]);
  });
});

describe('readiness: consistency between IKM, product, sentra and SK', () => {
  it("the sentra's commodity must match the product's", () => {
    const input = ready();
    expect(
      codes(checkReadiness({ ...input, sentra: { ...input.sentra, commodity: 'anyaman' } })),
    ).toEqual(['blocking:sentra-commodity-mismatch']);
  });

  it("the IKM's kab/kota must match its sentra's", () => {
    const input = ready();
    const elsewhere = `63.71${input.enterprise.regionCode.slice(5)}`;
    expect(
      codes(
        checkReadiness({ ...input, enterprise: { ...input.enterprise, regionCode: elsewhere } }),
      ),
    ).toEqual(['blocking:sentra-other-kab-kota']);
  });

  it('an SK dated after the round close date does not count', () => {
    const input = ready();
    expect(
      codes(checkReadiness({ ...input, decree: { ...input.decree, date: '2026-07-01' } })),
    ).toEqual(['blocking:decree-after-close']);
    expect(checkReadiness({ ...input, decree: { ...input.decree, date: '2026-06-30' } })).toEqual(
      [],
    );
  });

  it('credentials of another product never count for this one', () => {
    const input = ready();
    const credentials = input.credentials.map((c) =>
      c.kind === 'uji-lab' ? makeCredential({ ...c, productId: asProductId('produk-lain') }) : c,
    );
    expect(codes(checkReadiness({ ...input, credentials }))).toEqual(['blocking:lab-missing']);
  });
});
