import { PREPARING_STATUSES } from '@shared/dashboard';
import { COMMODITIES, type Commodity } from '@shared/domain/common/commodity';
import { NOMINATION_STATUSES, type NominationStatus } from '@shared/domain/nomination/nomination';
import type { ReadinessLight } from '@shared/domain/readiness/finding';
import { filterNominationRows, type NominationRow } from '@shared/nomination-view/nomination-rows';

const LIGHTS: readonly ReadinessLight[] = ['siap', 'perlu-perhatian', 'belum-siap'];

/**
 * The round grid's filter. Beranda links here with query parameters (`?status=`, `?kesiapan=`,
 * `?kabKota=`, `?komoditas=`, `?legalitas=berakhir`; see shared/dashboard/dashboard-links.ts) and
 * the grid must then show exactly the rows behind the figure, so the link filters carry Beranda's
 * scope: readiness counts only candidates still being prepared, the other figures only nominations
 * that were not withdrawn (unless a status is chosen explicitly).
 */
export interface RoundGridFilter {
  text: string;
  kabKotaCode: string;
  status?: NominationStatus;
  light?: ReadinessLight;
  commodity?: Commodity;
  /** Only candidates whose IKM holds a credential ending before the round closes. */
  expiringLegality?: boolean;
  /** Beranda's scope of the figure: not withdrawn (`aktif`) or still being prepared (`disiapkan`). */
  scope?: 'aktif' | 'disiapkan';
}

export const SCOPE_LABELS: Record<NonNullable<RoundGridFilter['scope']>, string> = {
  aktif: 'Tanpa usulan yang ditarik',
  disiapkan: 'Hanya usulan yang masih disiapkan (draf, diperiksa, divalidasi)',
};

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/** The grid's initial filter from the page URL; unknown values are ignored. */
export function gridFilterFromParams(params: URLSearchParams): RoundGridFilter {
  const status = pick(params.get('status'), NOMINATION_STATUSES);
  const light = pick(params.get('kesiapan'), LIGHTS);
  const commodity = pick(params.get('komoditas'), COMMODITIES);
  const kabKotaCode = params.get('kabKota') ?? '';
  const expiringLegality = params.get('legalitas') === 'berakhir';
  const scope = status
    ? undefined
    : light
      ? 'disiapkan'
      : kabKotaCode !== '' || commodity || expiringLegality
        ? 'aktif'
        : undefined;
  return {
    text: '',
    kabKotaCode,
    ...(status ? { status } : {}),
    ...(light ? { light } : {}),
    ...(commodity ? { commodity } : {}),
    ...(expiringLegality ? { expiringLegality } : {}),
    ...(scope ? { scope } : {}),
  };
}

/** Rows matching the filter; `expiring` holds the ids of IKM with a credential ending before closing. */
export function applyGridFilter(
  rows: readonly NominationRow[],
  filter: RoundGridFilter,
  expiring: ReadonlySet<string>,
): NominationRow[] {
  const base = filterNominationRows(rows, {
    text: filter.text,
    kabKotaCode: filter.kabKotaCode,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.light ? { light: filter.light } : {}),
  });
  return base.filter((r) => {
    if (filter.scope === 'disiapkan' && !PREPARING_STATUSES.includes(r.status)) return false;
    if (filter.scope === 'aktif' && r.status === 'ditarik') return false;
    if (filter.commodity !== undefined && r.commodity !== filter.commodity) return false;
    if (filter.expiringLegality === true && !expiring.has(r.enterpriseId)) return false;
    return true;
  });
}
