import { useState } from 'react';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import type { Commodity } from '@shared/domain/common/commodity';
import { useDebounced } from './use-debounced';
import { useKabKotaOptions, type KabKotaOption } from './use-kab-kota-names';
import { useListFilter } from './use-list-filter';

const DEFAULT_SORT: GridSortModel = [{ field: 'name', sort: 'asc' }];

/**
 * State of a register list answered page by page from the database: typed search (debounced),
 * kab/kota and komoditas quick filters (kept in the query), page and sort. Changing a filter goes
 * back to the first page; clearing the sort goes back to name A–Z.
 */
export function useServerList() {
  const { options: kabKotaOptions, names } = useKabKotaOptions();
  const [text, setTextState] = useState('');
  const search = useDebounced(text, 150);
  const { filter, kabKota, setKabKota, setCommodity } = useListFilter(kabKotaOptions);
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sortModel, setSortModelState] = useState<GridSortModel>(DEFAULT_SORT);
  const firstPage = () => setPaging((p) => ({ ...p, page: 0 }));
  const sort = sortModel[0];

  return {
    kabKotaOptions,
    /** Kab/kota names by code, for the grid column. */
    kabKotaNames: names,
    text,
    setText: (next: string) => {
      setTextState(next);
      firstPage();
    },
    search,
    kabKota,
    setKabKota: (option: KabKotaOption | null) => {
      setKabKota(option);
      firstPage();
    },
    kabKotaCode: filter.kabKotaCode,
    commodity: filter.commodity,
    setCommodity: (commodity: Commodity | '') => {
      setCommodity(commodity);
      firstPage();
    },
    paging,
    setPaging,
    sortModel,
    setSortModel: (model: GridSortModel) =>
      setSortModelState(model.length > 0 ? model : DEFAULT_SORT),
    /** The grid field sorted on and its direction. */
    sortField: sort?.field ?? 'name',
    sortDirection: sort?.sort === 'desc' ? ('desc' as const) : ('asc' as const),
  };
}

export type ServerList = ReturnType<typeof useServerList>;
