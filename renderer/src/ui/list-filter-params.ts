import { COMMODITIES, type Commodity } from '@shared/domain/common/commodity';

/** The quick filters a register list takes from its link: `?kabKota=63.03&komoditas=kain-tenun`. */
export interface ListFilterParams {
  kabKotaCode?: string | undefined;
  commodity?: Commodity | undefined;
}

const KAB_KOTA_CODE = /^\d{2}\.\d{2}$/;

/** Reads the quick filters from the query; malformed values are ignored (the list shows everything). */
export function listFilterOf(params: URLSearchParams): ListFilterParams {
  const filter: ListFilterParams = {};
  const kabKota = params.get('kabKota');
  if (kabKota !== null && KAB_KOTA_CODE.test(kabKota)) filter.kabKotaCode = kabKota;
  const commodity = params.get('komoditas');
  if (commodity !== null && (COMMODITIES as readonly string[]).includes(commodity))
    filter.commodity = commodity as Commodity;
  return filter;
}

/** The query for `filter`, keeping every other parameter of `params` (e.g. `tab`). */
export function withListFilter(params: URLSearchParams, filter: ListFilterParams): URLSearchParams {
  const next = new URLSearchParams(params);
  if (filter.kabKotaCode) next.set('kabKota', filter.kabKotaCode);
  else next.delete('kabKota');
  if (filter.commodity) next.set('komoditas', filter.commodity);
  else next.delete('komoditas');
  return next;
}
