import Dexie, { RangeSet, type ObservabilitySet, type Table } from 'dexie';
import { normaliseSearchText, searchTerms } from './search-keys';

/** The fields the in-memory index keeps of a record (never the whole record). */
export interface IndexedRecord {
  readonly id: string;
  readonly live: 0 | 1;
  readonly nameKey: string;
  readonly words: readonly string[];
}

interface Entry {
  readonly id: string;
  readonly live: 0 | 1;
  readonly nameKey: string;
  /** ' word1 word2 …': a term matches when ' ' + term occurs (a word starts with it). */
  readonly hay: string;
  /** Equality-filter values in the order of `fields`; '' when absent. */
  readonly values: readonly string[];
  readonly digits: string;
}

/** Same order as the `[live+nameKey]` index: name key, then id. */
const byName = (a: Entry, b: Entry): number =>
  a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export interface IndexQuery {
  readonly live: 0 | 1;
  /** Equality filters: field → required value. */
  readonly equal: Readonly<Record<string, string>>;
  readonly text: string;
}

const LOAD_CHUNK = 5000;

/**
 * An in-memory, name-ordered index of a table's search fields, so a keystroke is a scan of compact
 * entries (plus `bulkGet` of one page) instead of IndexedDB range reads: in Chromium under load,
 * fetching 20k index keys took ~1 s and walking a cursor several ms per row.
 *
 * Loaded once per window in chunks (`prepare`), kept current from Dexie's `storagemutated` event
 * (this window and others): changed ids are re-read before the next query; a clear or range
 * delete reloads it whole.
 */
export class SearchIndex<R extends IndexedRecord> {
  private entries: Entry[] = [];
  private byId = new Map<string, Entry>();
  /** Per filter field (in the order of `fields`): value → its entries, name-ordered; rebuilt after any change. */
  private buckets: Map<string, Entry[]>[] | undefined;
  private loading: Promise<void> | undefined;
  private dirty: Set<string> | 'all' = new Set();
  /** Last scan, reused while the user keeps typing the same search further. */
  private last: { key: string; norm: string; digits: string; hits: Entry[] } | undefined;
  /**
   * The records of the last page served: typing further mostly keeps the same first rows, so only
   * the new ones are read. Any write to the table drops them all (the same change events as the
   * index); `generation` counts writes, so rows read while a write landed are not kept.
   */
  private pageRows = new Map<string, R>();
  private generation = 0;

  constructor(
    private readonly table: Table<R, string>,
    private readonly fields: readonly (keyof R & string)[],
    private readonly digitField: (keyof R & string) | undefined,
  ) {
    const part = `idb://${table.db.name}/${table.name}/`;
    // Dexie lists written primary keys under `part` and `part:dels`, or a full range for a clear,
    // a range delete or a bulk write of 50+ rows.
    Dexie.on('storagemutated', (parts: ObservabilitySet) => {
      if (parts.all !== undefined) return this.invalidate('all');
      for (const changed of [parts[part], parts[`${part}:dels`]])
        if (changed !== undefined) this.invalidate(changed);
    });
  }

  private invalidate(changed: ObservabilitySet[string] | 'all'): void {
    this.last = undefined;
    this.generation += 1;
    this.pageRows.clear();
    if (changed === 'all' || this.dirty === 'all') {
      this.dirty = 'all';
      return;
    }
    for (const node of RangeSet(changed)) {
      if (typeof node.from === 'string' && node.from === node.to) this.dirty.add(node.from);
      else {
        this.dirty = 'all';
        return;
      }
    }
  }

  private entryOf(r: R): Entry {
    const digits = this.digitField === undefined ? '' : r[this.digitField];
    return {
      id: r.id,
      live: r.live,
      nameKey: r.nameKey,
      hay: ` ${r.words.join(' ')}`,
      values: this.fields.map((f) => (typeof r[f] === 'string' ? (r[f] as string) : '')),
      digits: typeof digits === 'string' ? digits : '',
    };
  }

  /** Loads the index (once; again after a clear). Start it early: a grid opening may call it without awaiting. */
  prepare(): Promise<void> {
    if (this.loading === undefined || this.dirty === 'all') {
      this.dirty = new Set();
      this.last = undefined;
      // A load overtaken by a newer one (a clear while it read) keeps nothing of what it read.
      const load: Promise<void> = this.loadAll().then(
        (entries) => {
          if (this.loading === load) this.install(entries);
        },
        (error: unknown) => {
          if (this.loading === load) this.loading = undefined;
          throw error;
        },
      );
      this.loading = load;
    }
    return this.loading;
  }

  private soon: ReturnType<typeof setTimeout> | undefined;

  /**
   * Starts `prepare` after `delayMs` unless already loaded or scheduled: a grid that just got its
   * first page should paint its rows before seconds of index reads compete with it.
   */
  prepareSoon(delayMs: number): void {
    if (this.loading !== undefined || this.soon !== undefined) return;
    this.soon = setTimeout(() => {
      this.soon = undefined;
      this.prepare().catch(() => undefined);
    }, delayMs);
  }

  private async loadAll(): Promise<Entry[]> {
    const entries: Entry[] = [];
    let after: string | undefined;
    for (;;) {
      const chunk = await (
        after === undefined
          ? this.table.limit(LOAD_CHUNK)
          : this.table.where(':id').above(after).limit(LOAD_CHUNK)
      ).toArray();
      for (const r of chunk) entries.push(this.entryOf(r));
      if (chunk.length < LOAD_CHUNK) break;
      after = chunk[chunk.length - 1]?.id;
    }
    return entries.sort(byName);
  }

  private install(entries: Entry[]): void {
    this.entries = entries;
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.fillBuckets();
  }

  /**
   * Every filter value's bucket in one pass over the name-ordered entries, so the first keystroke
   * after loading does not pay for a pass over the whole register.
   */
  private fillBuckets(): Map<string, Entry[]>[] {
    const buckets = this.fields.map(() => new Map<string, Entry[]>());
    for (const e of this.entries)
      for (const [field, byValue] of buckets.entries()) {
        const value = e.values[field] ?? '';
        const list = byValue.get(value);
        if (list === undefined) byValue.set(value, [e]);
        else list.push(e);
      }
    this.buckets = buckets;
    return buckets;
  }

  /**
   * Brings the index up to the last committed write. Searches that start together share one re-read
   * of the changed rows: each waits for a re-read in progress instead of scanning the index before
   * it has taken those rows in.
   */
  private async refresh(): Promise<void> {
    for (;;) {
      const loading = this.prepare();
      await loading;
      if (loading !== this.loading) continue;
      if (this.rereading !== undefined) {
        await this.rereading;
        continue;
      }
      if (this.dirty === 'all') continue;
      if (this.dirty.size === 0) return;
      const ids = [...this.dirty];
      this.dirty = new Set();
      this.rereading = this.reread(ids)
        .catch((error: unknown) => {
          this.dirty = 'all';
          throw error;
        })
        .finally(() => {
          this.rereading = undefined;
        });
    }
  }

  private rereading: Promise<void> | undefined;

  private async reread(ids: readonly string[]): Promise<void> {
    // A re-read that a load started after keeps nothing: that load read the rows later.
    const loading = this.loading;
    const records = await this.table.bulkGet([...ids]);
    if (loading !== this.loading) return;
    const changed = new Set(ids);
    const kept = this.entries.filter((e) => !changed.has(e.id));
    for (const id of ids) this.byId.delete(id);
    for (const r of records) {
      if (r === undefined) continue;
      const entry = this.entryOf(r);
      kept.push(entry);
      this.byId.set(entry.id, entry);
    }
    this.entries = kept.sort(byName);
    this.buckets = undefined;
  }

  private bucket(field: number, value: string): Entry[] {
    return (this.buckets ?? this.fillBuckets())[field]?.get(value) ?? [];
  }

  /** Ids of all matches in name order (ascending), current as of the last committed write. */
  async search(query: IndexQuery): Promise<readonly string[]> {
    // Let every `storagemutated` handler of a just-committed write run before deciding freshness.
    await Promise.resolve();
    await this.refresh();
    const norm = normaliseSearchText(query.text);
    const raw = query.text.replace(/[\s.-]/g, '');
    const digits = this.digitField !== undefined && /^\d+$/.test(raw) ? raw : '';
    const needles = searchTerms(query.text).map((t) => ` ${t}`);
    const filters = this.fields.flatMap((f, i) =>
      query.equal[f] === undefined ? [] : [[i, query.equal[f]] as const],
    );
    const key = JSON.stringify([query.live, filters]);
    // Typing further only narrows: scan the previous hits instead of everything.
    const last = this.last;
    const narrowing =
      last !== undefined &&
      last.key === key &&
      norm.startsWith(last.norm) &&
      (digits === '' || (last.digits !== '' && digits.startsWith(last.digits)));
    // Else the smallest single-filter bucket (a kab/kota holds a fraction of the register).
    let source = this.entries;
    if (narrowing) source = last.hits;
    else
      for (const [i, value] of filters)
        if (this.bucket(i, value).length < source.length) source = this.bucket(i, value);
    const hits: Entry[] = [];
    for (const e of source) {
      if (e.live !== query.live) continue;
      let ok = true;
      for (const [i, value] of filters) if (e.values[i] !== value) ok = false;
      for (const needle of needles) if (ok && !e.hay.includes(needle)) ok = false;
      if (
        ok ||
        (digits !== '' &&
          e.digits.startsWith(digits) &&
          filters.every(([i, value]) => e.values[i] === value))
      )
        hits.push(e);
    }
    this.last = { key, norm, digits, hits };
    return hits.map((e) => e.id);
  }

  /** The records of `ids` (undefined where gone), reading only those the last page did not hold. */
  async records(ids: readonly string[]): Promise<(R | undefined)[]> {
    const generation = this.generation;
    const kept = this.pageRows;
    const missing = ids.filter((id) => !kept.has(id));
    const read = missing.length > 0 ? await this.table.bulkGet(missing) : [];
    const fetched = new Map(missing.map((id, i) => [id, read[i]]));
    const rows = ids.map((id) => kept.get(id) ?? fetched.get(id));
    if (generation === this.generation) {
      this.pageRows = new Map();
      for (const r of rows) if (r !== undefined) this.pageRows.set(r.id, r);
    }
    return rows;
  }
}

const indexes = new WeakMap<Table, SearchIndex<IndexedRecord>>();

/** The one index of this table in this window (created on first use). */
export function searchIndexOf<R extends IndexedRecord>(
  table: Table<R, string>,
  fields: readonly (keyof R & string)[],
  digitField: (keyof R & string) | undefined,
): SearchIndex<R> {
  let index = indexes.get(table) as SearchIndex<R> | undefined;
  if (index === undefined) {
    index = new SearchIndex(table, fields, digitField);
    indexes.set(table, index as unknown as SearchIndex<IndexedRecord>);
  }
  return index;
}
