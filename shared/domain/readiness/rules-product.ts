import { COMMODITY_LABELS, isOvopCommodity } from '../common/commodity';
import type { ReadinessRule } from './rule';

/* The nominated product: its commodity, owner, and the figures and story the officer fills in. */

export const commodityRule: ReadinessRule = {
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

export const productOwnerRule: ReadinessRule = {
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

export const uniquenessRule: ReadinessRule = {
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

export const localShareRule: ReadinessRule = {
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
export const productFiguresRule: ReadinessRule = {
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
export const continuityRule: ReadinessRule = {
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
