import { useSearchParams } from 'react-router';
import type { Commodity } from '@shared/domain/common/commodity';
import { listFilterOf, withListFilter, type ListFilterParams } from './list-filter-params';
import type { KabKotaOption } from './use-kab-kota-names';

export interface ListFilter {
  filter: ListFilterParams;
  /** The kab/kota shown in the picker (a bare code until the region index has loaded). */
  kabKota: KabKotaOption | null;
  setKabKota: (option: KabKotaOption | null) => void;
  setCommodity: (commodity: Commodity | '') => void;
}

/**
 * Quick filters (kab/kota, komoditas) kept in the page's query, so links from Beranda open the
 * list already filtered, and the back button returns to the same filtered list.
 */
export function useListFilter(options: readonly KabKotaOption[]): ListFilter {
  const [params, setParams] = useSearchParams();
  const filter = listFilterOf(params);
  const code = filter.kabKotaCode;
  const kabKota =
    code === undefined
      ? null
      : (options.find((o) => o.code === code) ?? { code, label: code, province: '' });
  const update = (next: ListFilterParams) =>
    setParams(withListFilter(params, next), { replace: true });
  return {
    filter,
    kabKota,
    setKabKota: (option) => update({ ...filter, kabKotaCode: option?.code }),
    setCommodity: (commodity) =>
      update({ ...filter, commodity: commodity === '' ? undefined : commodity }),
  };
}
