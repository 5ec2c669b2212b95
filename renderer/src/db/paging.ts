import type { Collection, Table } from 'dexie';
import { searchTerms } from './search-keys';

export type SortDirection = 'asc' | 'desc';

export interface PageRequest<F, S extends string> {
  readonly filter: F;
  readonly sort: { readonly field: S; readonly direction: SortDirection };
  readonly offset: number;
  readonly limit: number;
}

export interface Page<T> {
  readonly rows: readonly T[];
  readonly total: number;
}

/** `live` rows by default; 'deleted' lists the recycle bin. */
export type RowScope = 'live' | 'deleted';

interface PagedRecord {
  readonly id: string;
  readonly live: 0 | 1;
  readonly nameKey: string;
  readonly nib?: string;
}

export interface PagingSpec<R extends PagedRecord, S extends string> {
  /** Equality filters in order of preference for the index; each has `[live+field+nameKey]`. */
  readonly filterFields: readonly (keyof R & string)[];
  /** Sorts with a `[live+…]` index usable when no equality filter is set. */
  readonly indexedSorts: Partial<Record<S, string>>;
  /** Value to sort by in memory (filtered or searched sets). */
  readonly sortValue: (record: R, field: S) => string | number;
  /** Also match a digits-only search against this prefix-indexed field (IKM: NIB). */
  readonly digitField?: keyof R & string;
  /** Match-set size above which a name-sorted search walks the index (default BIG_MATCH_SET). */
  readonly bigMatchSet?: number;
}

/**
 * One page answered from indexes: equality filter + name sort is a single compound index range
 * (offset/limit walk the index); text search intersects `*words` prefix ranges; anything else sorts
 * the (already narrowed) set in memory.
 */
export async function queryPage<R extends PagedRecord, S extends string>(
  table: Table<R, string>,
  spec: PagingSpec<R, S>,
  filter: Partial<Record<keyof R & string, string>> & { readonly text?: string; readonly scope?: RowScope },
  sort: { readonly field: S; readonly direction: SortDirection },
  offset: number,
  limit: number,
): Promise<Page<R>> {
  const live = filter.scope === 'deleted' ? 0 : 1;
  const equal = spec.filterFields.filter((f) => filter[f] !== undefined && filter[f] !== '');
  const matchesEqual = (r: R): boolean => equal.every((f) => r[f] === filter[f]);
  const terms = searchTerms(filter.text ?? '');

  if (terms.length > 0) {
    const ids = await searchIds(table, spec, terms, filter.text ?? '');
    // A big match set (a one-letter search over 100k IKM) is not loaded whole: walk the name index
    // in order and keep matching rows until the page is full; the total comes from the id set.
    if (ids.size > (spec.bigMatchSet ?? BIG_MATCH_SET) && equal.length === 0 && sort.field === 'name') {
      const inScope = table.where('[live+nameKey]').between([live], [live + 1], true, false);
      const otherScope = new Set(await table.where('[live+nameKey]').between([1 - live], [2 - live], true, false).primaryKeys());
      const ordered = sort.direction === 'desc' ? inScope.reverse() : inScope;
      const rows = await ordered.filter((r) => ids.has(r.id)).offset(offset).limit(limit).toArray();
      let total = 0;
      for (const id of ids) if (!otherScope.has(id)) total += 1;
      return { rows, total };
    }
    const rows = await table.bulkGet([...ids]);
    const found = rows.filter((r): r is R => r !== undefined && r.live === live && matchesEqual(r));
    return sortAndSlice(found, spec, sort, offset, limit);
  }

  const [first, ...rest] = equal;
  const collection = (): Collection<R, string> => {
    let c: Collection<R, string>;
    // Bounds without min/max keys: [live] < [live, …] < [live + 1]; an array sorts after any string.
    if (first !== undefined) {
      c = table.where(`[live+${first}+nameKey]`).between([live, filter[first]], [live, filter[first], []], true, false);
    } else {
      const index = sort.field === 'name' ? '[live+nameKey]' : (spec.indexedSorts[sort.field] ?? '[live+nameKey]');
      c = table.where(index).between([live], [live + 1], true, false);
    }
    if (rest.length > 0) c = c.and((r) => rest.every((f) => r[f] === filter[f]));
    return sort.direction === 'desc' ? c.reverse() : c;
  };

  const indexOrdered = sort.field === 'name' || (first === undefined && spec.indexedSorts[sort.field] !== undefined);
  if (indexOrdered) {
    const total = first === undefined ? scopeTotal(table, live) : collection().count();
    const [count, rows] = await Promise.all([total, collection().offset(offset).limit(limit).toArray()]);
    return { rows, total: count };
  }
  return sortAndSlice(await collection().toArray(), spec, sort, offset, limit);
}

/**
 * Rows in scope without walking the big live range: the store's count minus the (few) deleted rows.
 * Counting a 100k compound-index range took seconds in Chromium.
 */
async function scopeTotal<R extends PagedRecord>(table: Table<R, string>, live: 0 | 1): Promise<number> {
  const deleted = await table.where('[live+nameKey]').between([0], [1], true, false).count();
  return live === 1 ? (await table.count()) - deleted : deleted;
}

/** Above this many matches a name-sorted search walks the index instead of loading every match. */
export const BIG_MATCH_SET = 3000;

/** Ids whose words start with every term (any order), plus NIB prefixes for a digits-only text. */
async function searchIds<R extends PagedRecord, S extends string>(
  table: Table<R, string>,
  spec: PagingSpec<R, S>,
  terms: readonly string[],
  rawText: string,
): Promise<Set<string>> {
  let ids: Set<string> | undefined;
  for (const term of terms) {
    const found = new Set(await table.where('words').startsWith(term).primaryKeys());
    ids = ids === undefined ? found : new Set([...ids].filter((id) => found.has(id)));
    if (ids.size === 0) break;
  }
  const digits = rawText.replace(/[\s.-]/g, '');
  if (spec.digitField !== undefined && /^\d+$/.test(digits)) {
    for (const id of await table.where(spec.digitField).startsWith(digits).primaryKeys()) (ids ??= new Set()).add(id);
  }
  return ids ?? new Set();
}

function sortAndSlice<R extends PagedRecord, S extends string>(
  rows: R[],
  spec: PagingSpec<R, S>,
  sort: { readonly field: S; readonly direction: SortDirection },
  offset: number,
  limit: number,
): Page<R> {
  const sign = sort.direction === 'desc' ? -1 : 1;
  const value = (r: R): string | number => (sort.field === 'name' ? r.nameKey : spec.sortValue(r, sort.field));
  rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0;
  });
  return { rows: rows.slice(offset, offset + limit), total: rows.length };
}
