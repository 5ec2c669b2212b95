import type { AwardRecord } from '../award/award.schema';
import { COMMODITY_LABELS } from '../common/commodity';
import { formatShortDate } from '../common/date';
import { kabKotaOf } from '../common/region';
import { SIZE_CLASS_LABELS, sizeClass } from '../enterprise/enterprise';
import type { Finding } from './finding';
import type { ReadinessInput } from './readiness-input';
import type { ReadinessRule } from './rule';

/** An enterprise above the small/medium limits is an industri besar: not an IKM, cannot be nominated. */
export const sizeClassRule: ReadinessRule = {
  code: 'enterprise-not-ikm',
  description: 'Usaha termasuk industri kecil atau menengah (tenaga kerja dan nilai investasi)',
  check: ({ enterprise }) =>
    sizeClass(enterprise.workerCount, enterprise.investmentRupiah) === 'di-luar-ikm'
      ? [
          {
            code: 'enterprise-not-ikm',
            severity: 'blocking',
            message: `${SIZE_CLASS_LABELS['di-luar-ikm']}: ${enterprise.workerCount} tenaga kerja dan investasi di atas batas industri menengah, bukan IKM`,
            target: { entity: 'enterprise', id: enterprise.id, field: 'investmentRupiah' },
          },
        ]
      : [],
};

/** The sentra makes the same commodity as the nominated product. */
export const sentraCommodityRule: ReadinessRule = {
  code: 'sentra-commodity-mismatch',
  description: 'Komoditas sentra sama dengan komoditas produk',
  check: ({ sentra, product }) =>
    sentra && sentra.commodity !== product.commodity
      ? [
          {
            code: 'sentra-commodity-mismatch',
            severity: 'blocking',
            message: `Sentra "${sentra.name}" berkomoditas ${COMMODITY_LABELS[sentra.commodity]}, sedangkan produk berkomoditas ${COMMODITY_LABELS[product.commodity]}`,
            target: { entity: 'product', id: product.id, field: 'commodity' },
          },
        ]
      : [],
};

/** The IKM lies in the same kab/kota as its sentra. */
export const sentraRegionRule: ReadinessRule = {
  code: 'sentra-other-kab-kota',
  description: 'IKM berada di kabupaten/kota yang sama dengan sentranya',
  check: ({ sentra, enterprise }) => {
    if (!sentra) return [];
    const own = kabKotaOf(enterprise.regionCode);
    const ofSentra = kabKotaOf(sentra.regionCode);
    return own !== undefined && ofSentra !== undefined && own !== ofSentra
      ? [
          {
            code: 'sentra-other-kab-kota',
            severity: 'blocking',
            message: `IKM berada di kabupaten/kota lain dari sentra "${sentra.name}"`,
            target: { entity: 'enterprise', id: enterprise.id, field: 'sentraId' },
          },
        ]
      : [];
  },
};

/** An SK signed after the round closed did not exist when the nominations closed: it does not count. */
export const decreeDateRule: ReadinessRule = {
  code: 'decree-after-close',
  description: 'SK sentra terbit paling lambat pada tanggal penutupan periode',
  check: ({ sentra, decree, round }) =>
    sentra &&
    decree &&
    decree.id === sentra.decreeId &&
    decree.deletedAt === undefined &&
    decree.date > round.closesOn
      ? [
          {
            code: 'decree-after-close',
            severity: 'blocking',
            message: `SK ${decree.number} bertanggal ${formatShortDate(decree.date)}, sesudah penutupan periode ${formatShortDate(round.closesOn)}: tidak dapat dihitung`,
            target: { entity: 'decree', id: decree.id, field: 'date' },
          },
        ]
      : [],
};

const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

function reEvaluationFindings(
  input: ReadinessInput,
  awardId: string,
  awards: readonly AwardRecord[],
): Finding[] {
  const target = { entity: 'nomination' as const, id: input.nomination?.id, field: 'awardId' };
  const award = awards.find((a) => a.id === awardId && a.deletedAt === undefined);
  if (!award || award.enterpriseId !== input.enterprise.id) {
    return [
      {
        code: 're-evaluation-award-other',
        severity: 'blocking',
        message: 'Penghargaan yang dievaluasi ulang bukan milik IKM ini',
        target,
      },
    ];
  }
  if (award.year >= input.round.year) {
    return [
      {
        code: 're-evaluation-award-not-earlier',
        severity: 'blocking',
        message: `Penghargaan tahun ${award.year} tidak mendahului periode ${input.round.year}`,
        target,
      },
    ];
  }
  return [];
}

/**
 * Star holders: a re-evaluation names an earlier award of this IKM; a new ("baru") nomination of a
 * product that already holds a star is flagged (it should be a re-evaluation).
 */
export const starHolderRule: ReadinessRule = {
  code: 'star-holder',
  description:
    'Evaluasi ulang menunjuk penghargaan IKM ini dari periode sebelumnya; produk berbintang tidak diusulkan sebagai usulan baru',
  check: (input) => {
    const { nomination, product } = input;
    if (!nomination || input.awards === undefined) return [];
    const awards = input.awards;
    if (nomination.kind === 'evaluasi-ulang')
      return nomination.awardId === undefined
        ? []
        : reEvaluationFindings(input, nomination.awardId, awards);
    const held = awards.find(
      (a) =>
        a.deletedAt === undefined &&
        a.enterpriseId === input.enterprise.id &&
        a.year < input.round.year &&
        sameName(a.productName, product.name),
    );
    return held
      ? [
          {
            code: 'new-nomination-star-holder',
            severity: 'blocking',
            message: `Produk "${product.name}" sudah berbintang ${held.stars} (tahun ${held.year}): usulkan sebagai evaluasi ulang, bukan usulan baru`,
            target: { entity: 'nomination', id: nomination.id, field: 'kind' },
          },
        ]
      : [];
  },
};
