import { COMMODITY_LABELS, type Commodity } from '../domain/common/commodity';
import { kabKotaOf } from '../domain/common/region';
import type { Enterprise } from '../domain/enterprise/enterprise.schema';
import {
  NOMINATION_KIND_LABELS,
  NOMINATION_STATUS_LABELS,
  type Nomination,
  type NominationStatus,
} from '../domain/nomination/nomination';
import type { Product } from '../domain/product/product.schema';
import { readinessLight, type Finding, type ReadinessLight } from '../domain/readiness/finding';

/** One line of a round's nomination grid. */
export interface NominationRow {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  productName: string;
  commodity?: Commodity;
  commodityLabel: string;
  kabKotaCode: string;
  kabKotaName: string;
  kindLabel: string;
  status: NominationStatus;
  statusLabel: string;
  /** Undefined while the readiness of this nomination is not known yet. */
  light?: ReadinessLight;
  blockingCount: number;
  advisoryCount: number;
  updatedAt: string;
}

/** "kain tenun" → "Kain tenun" (the domain labels are written for use inside sentences). */
export function commodityLabel(c: Commodity): string {
  const label = COMMODITY_LABELS[c];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export interface NominationRowFilter {
  status?: NominationStatus;
  light?: ReadinessLight;
  kabKotaCode?: string;
  /** Words matched (case-insensitive, all of them) against IKM and product names. */
  text?: string;
}

export function nominationRows(
  nominations: readonly Nomination[],
  enterprises: ReadonlyMap<string, Enterprise>,
  products: ReadonlyMap<string, Product>,
  findings: ReadonlyMap<string, readonly Finding[]>,
  kabKotaNames: ReadonlyMap<string, string> = new Map(),
): NominationRow[] {
  return nominations
    .filter((n) => n.deletedAt === undefined)
    .map((n) => {
      const enterprise = enterprises.get(n.enterpriseId);
      const product = products.get(n.productId);
      const kk = enterprise ? (kabKotaOf(enterprise.regionCode) ?? '') : '';
      const list = findings.get(n.id);
      const row: NominationRow = {
        id: n.id,
        enterpriseId: n.enterpriseId,
        enterpriseName: enterprise?.name ?? '(IKM tidak ditemukan)',
        productName: product?.name ?? '(produk tidak ditemukan)',
        commodityLabel: product ? commodityLabel(product.commodity) : '',
        kabKotaCode: kk,
        kabKotaName: kabKotaNames.get(kk) ?? kk,
        kindLabel: NOMINATION_KIND_LABELS[n.kind],
        status: n.status,
        statusLabel: NOMINATION_STATUS_LABELS[n.status],
        blockingCount: list ? list.filter((f) => f.severity === 'blocking').length : 0,
        advisoryCount: list ? list.filter((f) => f.severity === 'advisory').length : 0,
        updatedAt: n.updatedAt,
      };
      if (product) row.commodity = product.commodity;
      if (list) row.light = readinessLight(list);
      return row;
    })
    .sort(
      (a, b) =>
        a.kabKotaName.localeCompare(b.kabKotaName, 'id') ||
        a.enterpriseName.localeCompare(b.enterpriseName, 'id'),
    );
}

export function filterNominationRows(
  rows: readonly NominationRow[],
  filter: NominationRowFilter,
): NominationRow[] {
  const words = (filter.text ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return rows.filter((r) => {
    if (filter.status !== undefined && r.status !== filter.status) return false;
    if (filter.light !== undefined && r.light !== filter.light) return false;
    if (
      filter.kabKotaCode !== undefined &&
      filter.kabKotaCode !== '' &&
      r.kabKotaCode !== filter.kabKotaCode
    )
      return false;
    const haystack = `${r.enterpriseName} ${r.productName}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
