import type { Collection, Table } from 'dexie';
import { searchTerms } from './search-keys';
import { searchIndexOf } from './search-index';
import { nameOrderedPage, sortedPage } from './memory-page';
import { rangeOf, sortAndSlice } from './ranges';
import {
  candidateIds,
  DEFAULT_SEARCH_CAPS,
  matchesText,
  type SearchableRecord as SearchableRow,
  type SearchCaps,
  type TextQuery,
} from './text-search';

type SortDirection = 'asc' | 'desc';

export interface PageRequest<F, S extends string> {
  readonly filter: F;
  readonly sort: { readonly field: S; readonly direction: SortDirection };
  readonly offset: number;
  readonly limit: number;
}

export interface Page<T> {
  readonly rows: readonly T[];
  /** Matching rows; an estimate (more than the rows seen so far) when `totalIsEstimate` is set. */
  readonly total: number;
  /**
   * Set when a common search (a one-letter prefix over 100k IKM) was answered by walking the name
   * index and stopping at the page: `total` is then extrapolated, at least one more than the rows
   * before and on this page. Grids may show it as "sekitar …" (MUI X: `rowCount={-1}` with
   * `estimatedRowCount={total}` and `paginationMeta={{ hasNextPage: true }}`).
   */
  readonly totalIsEstimate?: boolean;
}

/** `live` rows by default; 'deleted' lists the recycle bin. */
export type RowScope = 'live' | 'deleted';

export interface PagedRecord {
  readonly id: string;
  readonly live: 0 | 1;
  readonly nameKey: string;
  readonly words: readonly string[];
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
  /**
   * Text searches (any sort) answered from the in-memory index (search-index.ts) instead of
   * IndexedDB ranges (memory-page.ts); off, they use the key-set / walk path below.
   */
  readonly memoryIndex?: boolean;
  /** Limits of the as-you-type search (tests set small ones to force the index walk). */
  readonly searchCaps?: SearchCaps;
}

export type PageFilter<R> = Partial<Record<keyof R & string, string>> & {
  readonly text?: string;
  readonly scope?: RowScope;
};
export type PageSort<S extends string> = { readonly field: S; readonly direction: SortDirection };

/**
 * A store that keeps counts (db/register-stats.ts) answers the total of an equality filter without
 * walking an index; undefined when it does not know that combination (then the index is counted).
 */
export type KnownTotal = (
  equal: Readonly<Record<string, string>>,
  live: 0 | 1,
) => Promise<number | undefined>;

/**
 * One page answered from indexes: equality filter + name sort is a single compound index range
 * (offset/limit walk the index); text search narrows candidates with index key sets (see
 * text-search.ts) and either loads the few candidates or walks the name index to the page.
 */
export async function queryPage<R extends PagedRecord, S extends string>(
  table: Table<R, string>,
  spec: PagingSpec<R, S>,
  filter: PageFilter<R>,
  sort: PageSort<S>,
  offset: number,
  limit: number,
  knownTotal?: KnownTotal,
): Promise<Page<R>> {
  const live = filter.scope === 'deleted' ? 0 : 1;
  const equal = spec.filterFields.filter((f) => filter[f] !== undefined && filter[f] !== '');
  const terms = searchTerms(filter.text ?? '');
  const range = (): Collection<R, string> => rangeOf(table, spec, filter, equal, live, sort);

  if (terms.length > 0) return searchPage(table, spec, filter, equal, terms, sort, offset, limit);

  const first = equal[0];
  const indexOrdered =
    sort.field === 'name' || (first === undefined && spec.indexedSorts[sort.field] !== undefined);
  if (indexOrdered) {
    const equalValues = Object.fromEntries(equal.map((f) => [f, String(filter[f])]));
    const counted = () => (first === undefined ? scopeTotal(table, live) : range().count());
    const total = knownTotal
      ? knownTotal(equalValues, live).then((known) => known ?? counted())
      : counted();
    const [count, rows] = await Promise.all([total, range().offset(offset).limit(limit).toArray()]);
    return { rows, total: count };
  }
  return sortAndSlice(await range().toArray(), spec, sort, offset, limit);
}

/**
 * As-you-type search. Few candidates (a word of 3+ letters, or a filter that narrows enough): load
 * them, check, sort in memory, exact total. Many (a one-letter prefix): walk the name-ordered range
 * and stop when the page is full (a common prefix fills it after a few hundred rows); the total is
 * then extrapolated from the rows walked.
 */
async function searchPage<R extends PagedRecord, S extends string>(
  table: Table<R, string>,
  spec: PagingSpec<R, S>,
  filter: PageFilter<R>,
  equal: readonly (keyof R & string)[],
  terms: readonly string[],
  sort: PageSort<S>,
  offset: number,
  limit: number,
): Promise<Page<R>> {
  const live = filter.scope === 'deleted' ? 0 : 1;
  if (spec.memoryIndex === true) {
    const index = searchIndexOf(table, spec.filterFields, spec.digitField);
    const ids = await index.search({
      live,
      equal: Object.fromEntries(equal.map((f) => [f, filter[f] ?? ''])),
      text: filter.text ?? '',
    });
    // The one-row range read makes a live query re-run when any row in scope changes (it read the
    // whole range as far as Dexie's change tracking knows); the page itself is read by id.
    const [page] = await Promise.all([
      sort.field === 'name'
        ? nameOrderedPage(index, ids, sort, offset, limit)
        : sortedPage(table, spec, filter, equal, live, ids, sort, offset, limit),
      table
        .where('[live+nameKey]')
        .between([live], [live + 1], true, false)
        .limit(1)
        .primaryKeys(),
    ]);
    return page;
  }
  const caps = spec.searchCaps ?? DEFAULT_SEARCH_CAPS;
  const digits = (filter.text ?? '').replace(/[\s.-]/g, '');
  const query: TextQuery<R> = {
    terms,
    digits: spec.digitField !== undefined && /^\d+$/.test(digits) ? digits : '',
    ...(spec.digitField !== undefined ? { digitField: spec.digitField } : {}),
  };
  const filterSources = equal.map(
    (f) => () =>
      table
        .where(`[live+${f}+nameKey]`)
        .between([live, filter[f]], [live, filter[f], []], true, false) as unknown as Collection<
        SearchableRow,
        string
      >,
  );
  const ids = await candidateIds(table, query, filterSources, caps);
  const matches = (r: R): boolean =>
    r.live === live && equal.every((f) => r[f] === filter[f]) && matchesText(r, query);

  if (ids !== undefined && ids.size <= caps.candidates) {
    const rows = (await table.bulkGet([...ids])).filter(
      (r): r is R => r !== undefined && matches(r),
    );
    return sortAndSlice(rows, spec, sort, offset, limit);
  }
  const range = rangeOf(table, spec, filter, equal, live, sort);
  const walkable =
    sort.field === 'name' || (equal.length === 0 && spec.indexedSorts[sort.field] !== undefined);
  const candidate = (r: R): boolean => ids === undefined || ids.has(r.id);
  if (!walkable)
    return sortAndSlice(
      await range.filter((r) => candidate(r) && matches(r)).toArray(),
      spec,
      sort,
      offset,
      limit,
    );

  let walked = 0;
  let matched = 0;
  const found = await range
    .filter((r) => {
      if (!candidate(r)) return false;
      walked += 1;
      if (!matches(r)) return false;
      matched += 1;
      return true;
    })
    .offset(offset)
    .limit(limit + 1)
    .toArray();
  const rows = found.slice(0, limit);
  if (found.length <= limit) return { rows, total: matched };
  // Stopped early: extrapolate over the rows still to walk (all of the scope, or the candidate set).
  const span = ids?.size ?? (equal.length === 0 ? await scopeTotal(table, live) : undefined);
  const estimate = span === undefined || walked === 0 ? 0 : Math.round((matched / walked) * span);
  return { rows, total: Math.max(matched + 1, estimate), totalIsEstimate: true };
}

/**
 * Rows in scope without walking the big live range: the store's count minus the (few) deleted rows.
 * Counting a 100k compound-index range took seconds in Chromium.
 */
async function scopeTotal<R extends PagedRecord>(
  table: Table<R, string>,
  live: 0 | 1,
): Promise<number> {
  const deleted = await table.where('[live+nameKey]').between([0], [1], true, false).count();
  return live === 1 ? (await table.count()) - deleted : deleted;
}

/** Rows per read when a whole filtered list is walked (exports). */
const DEFAULT_CHUNK_SIZE = 1_000;

/**
 * Every row matching `filter` in the grid's `name asc` order, handed to `onChunk` `chunkSize` rows at
 * a time; returns how many rows were handed over. Each chunk is its own short read that resumes after
 * the last row handed over (name key, then id: the index's own tie order), so only one chunk of
 * records is held at once and `onChunk` may await anything (no transaction is kept open across it).
 * Text means what it means in the grid: every term starts a word, or digits match `digitField`.
 */
export async function eachInNameOrder<R extends PagedRecord, S extends string>(
  table: Table<R, string>,
  spec: PagingSpec<R, S>,
  filter: PageFilter<R>,
  onChunk: (rows: R[]) => Promise<void> | void,
  chunkSize: number = DEFAULT_CHUNK_SIZE,
): Promise<number> {
  const live = filter.scope === 'deleted' ? 0 : 1;
  const [first, ...rest] = spec.filterFields.filter(
    (f) => filter[f] !== undefined && filter[f] !== '',
  );
  const digits = (filter.text ?? '').replace(/[\s.-]/g, '');
  const query: TextQuery<R> = {
    terms: searchTerms(filter.text ?? ''),
    digits: spec.digitField !== undefined && /^\d+$/.test(digits) ? digits : '',
    ...(spec.digitField !== undefined ? { digitField: spec.digitField } : {}),
  };
  const matches = (r: R): boolean =>
    rest.every((f) => r[f] === filter[f]) && (query.terms.length === 0 || matchesText(r, query));
  const index = first === undefined ? '[live+nameKey]' : `[live+${first}+nameKey]`;
  const prefix: (string | number)[] = first === undefined ? [live] : [live, filter[first] ?? ''];
  let after: { readonly nameKey: string; readonly id: string } | undefined;
  let handed = 0;
  for (;;) {
    const last = after;
    // Resume at the last name key (inclusive) and skip the rows of that key already handed over.
    const from = last === undefined ? prefix : [...prefix, last.nameKey];
    const rows = await table
      .where(index)
      .between(from, [...prefix, []], true, false)
      .filter(
        (r) => (last === undefined || r.nameKey > last.nameKey || r.id > last.id) && matches(r),
      )
      .limit(chunkSize)
      .toArray();
    const tail = rows[rows.length - 1];
    if (tail === undefined) return handed;
    handed += rows.length;
    await onChunk(rows);
    if (rows.length < chunkSize) return handed;
    after = { nameKey: tail.nameKey, id: tail.id };
  }
}
