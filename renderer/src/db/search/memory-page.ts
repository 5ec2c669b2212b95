import type { Table } from 'dexie';
import type { Page, PagedRecord, PageFilter, PageSort, PagingSpec } from './paging';
import { rangeOf, sortAndSlice } from './ranges';
import type { SearchIndex } from './search-index';
import { DEFAULT_SEARCH_CAPS } from './text-search';

/** A page of a name-sorted search: the index's ids are already in name order. */
export async function nameOrderedPage<R extends PagedRecord, S extends string>(
  index: SearchIndex<R>,
  ids: readonly string[],
  sort: PageSort<S>,
  offset: number,
  limit: number,
): Promise<Page<R>> {
  const from = sort.direction === 'desc' ? Math.max(0, ids.length - offset - limit) : offset;
  const to = sort.direction === 'desc' ? Math.max(0, ids.length - offset) : offset + limit;
  const pageIds = ids.slice(from, to);
  if (sort.direction === 'desc') pageIds.reverse();
  const records = await index.records(pageIds);
  return { rows: records.filter((r): r is R => r !== undefined), total: ids.length };
}

/**
 * A page of a search sorted by another column (NIB, kab/kota, last change), from the ids the
 * in-memory index matched: few of them are read and sorted in memory; many are found by walking
 * the sort's own index and keeping the matched ids, stopping at the page (a common prefix fills it
 * after a few rows). With an equality filter the walk is the filter's range, read whole and sorted.
 * The total is exact either way: it is the number of ids.
 */
export async function sortedPage<R extends PagedRecord, S extends string>(
  table: Table<R, string>,
  spec: PagingSpec<R, S>,
  filter: PageFilter<R>,
  equal: readonly (keyof R & string)[],
  live: 0 | 1,
  ids: readonly string[],
  sort: PageSort<S>,
  offset: number,
  limit: number,
): Promise<Page<R>> {
  const caps = spec.searchCaps ?? DEFAULT_SEARCH_CAPS;
  if (ids.length <= caps.candidates) {
    const rows = (await table.bulkGet([...ids])).filter((r): r is R => r !== undefined);
    return sortAndSlice(rows, spec, sort, offset, limit);
  }
  const matched = new Set(ids);
  const range = rangeOf(table, spec, filter, equal, live, sort).filter((r) => matched.has(r.id));
  if (equal.length > 0 || spec.indexedSorts[sort.field] === undefined)
    return sortAndSlice(await range.toArray(), spec, sort, offset, limit);
  return { rows: await range.offset(offset).limit(limit).toArray(), total: ids.length };
}
