import type { Collection, Table } from 'dexie';

/** What the text search needs of a record (IKM and sentra records both qualify). */
export interface SearchableRecord {
  readonly id: string;
  readonly live: 0 | 1;
  readonly nameKey: string;
  readonly words: readonly string[];
}

/** Limits of the as-you-type search; small values in tests force the index walk. */
export interface SearchCaps {
  /** A key set (one term's matches, one filter's rows) larger than this is not fetched whole. */
  readonly keySet: number;
  /** At most this many candidate rows are loaded and sorted in memory; above it the name index is walked. */
  readonly candidates: number;
}

/**
 * Measured in Chromium on 100k IKM: fetching ~20k primary keys from an index costs a few ms, loading
 * 1,000 whole records tens of ms, loading tens of thousands of records seconds.
 */
export const DEFAULT_SEARCH_CAPS: SearchCaps = { keySet: 20_000, candidates: 1_000 };

/** A text query: every term must start a word (any order); digits-only text also matches a field prefix. */
export interface TextQuery<R> {
  readonly terms: readonly string[];
  /** Digits of a digits-only search box ('' otherwise), matched against `digitField` as a prefix. */
  readonly digits: string;
  readonly digitField?: keyof R & string;
}

export function matchesText<R extends SearchableRecord>(record: R, query: TextQuery<R>): boolean {
  if (query.terms.every((t) => record.words.some((w) => w.startsWith(t)))) return true;
  if (query.digits === '' || query.digitField === undefined) return false;
  const value = record[query.digitField];
  return typeof value === 'string' && value.startsWith(query.digits);
}

/** Primary keys of a collection, or `undefined` when there are more than `cap` (too many to help). */
async function keysUpTo(
  collection: Collection<SearchableRecord, string>,
  cap: number,
): Promise<Set<string> | undefined> {
  const keys = await collection.limit(cap + 1).primaryKeys();
  // Multi-entry index: one row may be listed once per matching word, so `cap + 1` entries may still
  // be a complete set of fewer rows; only a full batch is treated as "too many".
  return keys.length > cap ? undefined : new Set(keys);
}

const intersect = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> => {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((id) => big.has(id)));
};

const hasWordsIndex = (table: Table<SearchableRecord, string>): boolean =>
  table.schema.idxByName['words'] !== undefined;

/** One narrowing source, fetched only while the candidate set is still too big. */
export type KeySource = () => Collection<SearchableRecord, string>;

/**
 * A superset of the matching ids, built from index key sets only (no records read): the longest term
 * first (usually the most selective), then the equality filters, then the other terms; stops as soon
 * as the set is small enough to load. `undefined` when every source was too common to narrow anything.
 */
export async function candidateIds<R extends SearchableRecord>(
  table: Table<R, string>,
  query: TextQuery<R>,
  filterSources: readonly KeySource[],
  caps: SearchCaps,
): Promise<Set<string> | undefined> {
  const words = table as unknown as Table<SearchableRecord, string>;
  // A store without a `*words` index (IKM since version 9: the in-memory index answers their text)
  // is narrowed by its filters only; the walk checks the words of each row.
  const indexed = hasWordsIndex(words);
  const byLength = indexed ? [...query.terms].sort((a, b) => b.length - a.length) : [];
  let ids: Set<string> | undefined;
  const narrow = (found: Set<string> | undefined): void => {
    if (found !== undefined) ids = ids === undefined ? found : intersect(ids, found);
  };
  const smallEnough = (): boolean => ids !== undefined && ids.size <= caps.candidates;

  if (query.digits !== '' && query.digitField !== undefined && indexed) {
    // Digits-only: (all terms start words) OR (field starts with the digits). Both halves must be
    // complete sets, else the text narrows nothing and only the filters (and the walk) remain.
    let byWords: Set<string> | undefined = new Set();
    for (const [i, term] of byLength.entries()) {
      const found = await keysUpTo(words.where('words').startsWith(term), caps.keySet);
      byWords =
        found === undefined || byWords === undefined
          ? undefined
          : i === 0
            ? found
            : intersect(byWords, found);
      if (byWords === undefined) break;
    }
    const byDigits = await keysUpTo(
      words.where(query.digitField).startsWith(query.digits),
      caps.keySet,
    );
    if (byWords !== undefined && byDigits !== undefined) ids = new Set([...byWords, ...byDigits]);
    for (const source of filterSources) {
      if (smallEnough()) break;
      narrow(await keysUpTo(source(), caps.keySet));
    }
    return ids;
  }
  const [first, ...rest] = byLength;
  const sources: KeySource[] = [
    ...(first === undefined ? [] : [() => words.where('words').startsWith(first)]),
    ...filterSources,
    ...rest.map((term) => () => words.where('words').startsWith(term)),
  ];
  for (const source of sources) {
    if (smallEnough() || ids?.size === 0) break;
    narrow(await keysUpTo(source(), caps.keySet));
  }
  return ids;
}
