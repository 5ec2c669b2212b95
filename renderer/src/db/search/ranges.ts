import type { Collection, Table } from 'dexie';
import type { Page, PagedRecord, PageFilter, PageSort, PagingSpec } from './paging';

/**
 * The rows in scope in index order: the first equality filter's `[live+field+nameKey]` range (the
 * other filters checked per row), else the sort's `[live+…]` index; reversed for descending.
 */
export function rangeOf<R extends PagedRecord, S extends string>(
  table: Table<R, string>,
  spec: PagingSpec<R, S>,
  filter: PageFilter<R>,
  equal: readonly (keyof R & string)[],
  live: 0 | 1,
  sort: PageSort<S>,
): Collection<R, string> {
  const [first, ...rest] = equal;
  let c: Collection<R, string>;
  // Bounds without min/max keys: [live] < [live, …] < [live + 1]; an array sorts after any string.
  if (first !== undefined) {
    c = table
      .where(`[live+${first}+nameKey]`)
      .between([live, filter[first]], [live, filter[first], []], true, false);
  } else {
    const index =
      sort.field === 'name'
        ? '[live+nameKey]'
        : (spec.indexedSorts[sort.field] ?? '[live+nameKey]');
    c = table.where(index).between([live], [live + 1], true, false);
  }
  if (rest.length > 0) c = c.and((r) => rest.every((f) => r[f] === filter[f]));
  return sort.direction === 'desc' ? c.reverse() : c;
}

/** Sorts loaded rows by the grid's sort (ties by name) and cuts out the page. */
export function sortAndSlice<R extends PagedRecord, S extends string>(
  rows: R[],
  spec: PagingSpec<R, S>,
  sort: PageSort<S>,
  offset: number,
  limit: number,
): Page<R> {
  const sign = sort.direction === 'desc' ? -1 : 1;
  const value = (r: R): string | number =>
    sort.field === 'name' ? r.nameKey : spec.sortValue(r, sort.field);
  rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0;
  });
  return { rows: rows.slice(offset, offset + limit), total: rows.length };
}
