import {
  identityParents,
  type IdentityRecord,
  type IdentitySource,
} from '@shared/domain/identity/record-keys';
import type { SyncKind } from '@shared/sync/kinds';
import type { Tx } from '../db/pool';
import { PushAudit, type AuditedChange } from './audit';
import { ByKind } from './by-kind';
import type { RecordRow } from './record-sql';
import {
  columns,
  KEYS_SQL,
  LOAD_SQL,
  OPEN_SQL,
  recordParams,
  WRITE_RECORDS_SQL,
  type OpenRow,
  type Row,
} from './push-sql';

/** How a push ends: who made it, the last version it handed out, the PC's last mutation. */
export interface PushEnd {
  accountId: string | null;
  version: number;
  clientId: string;
  lastMutationId: number;
}

const key = (kind: string, id: string): string => `${kind}\u0000${id}`;

/** Marks a statement sent ahead as handled: its refusal is read where the push awaits it. */
export const ignore = (): void => undefined;

/**
 * One push's reads and writes in a handful of statements instead of several per record: the
 * records, aliases and natural keys it touches are read up front (rows locked), its changes are
 * kept in memory as it goes (a record changed twice in one batch sees its own first change), and
 * everything is written at the end.
 */
export class PushBatch implements IdentitySource {
  private readonly records = new ByKind<Row | null>();
  private readonly aliases = new ByKind<string>();
  private readonly naturalKeys = new ByKind<string>();
  /** Natural keys already looked up (found or not), so each is asked once per batch. */
  private readonly keysAsked = new ByKind<true>();
  private readonly dirty = new Map<string, Row & { version: number }>();
  private readonly exits: { version: number; kind: string; id: string; kabKota: string }[] = [];
  private readonly newAliases: { kind: string; alias: string; id: string }[] = [];
  private readonly conflicts: unknown[][] = [];
  private readonly audits = new PushAudit();
  /** Statements sent without waiting (the pool's clients pipeline), in the order PostgreSQL runs them. */
  private readonly writes: Promise<unknown>[] = [];

  private constructor(private readonly tx: Tx) {}

  /**
   * Reads, in one statement, the aliases of these records, the records themselves (locked) and the
   * records holding these natural keys (the keys of new records that need no parent to be made).
   * `meanwhile` runs while PostgreSQL reads.
   */
  static async open(
    tx: Tx,
    refs: readonly { kind: SyncKind; id: string }[],
    keys: readonly { kind: SyncKind; key: string }[],
    meanwhile: () => void,
  ): Promise<PushBatch> {
    const batch = new PushBatch(tx);
    if (refs.length === 0) {
      meanwhile();
      return batch;
    }
    // The push's statements are named: each connection parses and plans them once, not per push.
    const read = tx.query<OpenRow>({
      name: 'push-open',
      text: OPEN_SQL,
      values: [...columns(refs, 'id'), ...columns(keys, 'key')],
    });
    read.catch(ignore);
    meanwhile();
    const { rows } = await read;
    for (const row of rows)
      if (row.what === 'alias' && row.name) batch.aliases.set(row.kind, row.name, row.id);
    for (const r of refs) batch.records.set(r.kind, batch.alias(r.kind, r.id), null);
    for (const k of keys) batch.keysAsked.set(k.kind, k.key, true);
    for (const { what, name, ...row } of rows) {
      if (what === 'key' && name) batch.naturalKeys.set(row.kind, name, row.id);
      if (what === 'record') batch.records.set(row.kind, row.id, row as RecordRow);
    }
    return batch;
  }

  /** Reads (and locks) the records not yet read; those that do not exist are remembered as such. */
  private async load(refs: readonly { kind: SyncKind; id: string }[]): Promise<void> {
    const fresh = refs.filter((r) => !this.records.has(r.kind, r.id));
    if (fresh.length === 0) return;
    const { rows } = await this.tx.query<RecordRow>(LOAD_SQL, columns(fresh, 'id'));
    for (const r of fresh) this.records.set(r.kind, r.id, null);
    for (const row of rows) this.records.set(row.kind, row.id, row);
  }

  /**
   * Reads the parents the identity keys of these records (and of every record read so far) are
   * made of, and their parents in turn, a statement per level: a nomination's product, the
   * product's IKM.
   */
  async loadIdentityParents(
    pushed: readonly { kind: SyncKind; data: Record<string, unknown> }[],
  ): Promise<void> {
    let rows: { kind: SyncKind; data: Record<string, unknown> }[] = [
      ...pushed,
      ...[...this.records.values()].flatMap((r) => (r ? [r] : [])),
    ];
    for (let level = 0; level < 4 && rows.length > 0; level += 1) {
      const wanted = rows
        .flatMap((r) => identityParents(r.kind, r.data))
        .map((p) => ({ kind: p.kind, id: this.alias(p.kind, p.id) }))
        .filter((p) => !this.records.has(p.kind, p.id));
      if (wanted.length === 0) return;
      await this.load(wanted);
      rows = wanted.flatMap((p) => {
        const row = this.records.get(p.kind, p.id);
        return row ? [row] : [];
      });
    }
  }

  /** The live record as this batch sees it, for the identity rules (parents must have been loaded). */
  get(kind: SyncKind, id: string): IdentityRecord | undefined {
    const row = this.records.get(kind, this.alias(kind, id));
    return row && !row.deleted ? { ...row.data, id: row.id } : undefined;
  }

  /** Looks up, in one statement, the natural keys of records this batch creates. */
  async prefetchNaturalKeys(keys: readonly { kind: string; key: string }[]): Promise<void> {
    const fresh = keys.filter((k) => !this.keysAsked.has(k.kind, k.key));
    if (fresh.length === 0) return;
    const { rows } = await this.tx.query<{ kind: string; key: string; id: string }>(
      KEYS_SQL,
      columns(fresh, 'key'),
    );
    for (const k of fresh) this.keysAsked.set(k.kind, k.key, true);
    for (const r of rows) this.naturalKeys.set(r.kind, r.key, r.id);
  }

  alias(kind: string, id: string): string {
    // Most pushes name no alias: no lookup at all.
    return this.aliases.empty ? id : (this.aliases.get(kind, id) ?? id);
  }

  addAlias(kind: string, alias: string, id: string): void {
    this.aliases.set(kind, alias, id);
    this.newAliases.push({ kind, alias, id });
  }

  /** True when the record exists (read up front or written by this batch). */
  has(kind: string, id: string): boolean {
    return Boolean(this.records.get(kind, id));
  }

  /** The record as this batch sees it (its own earlier changes included); rows are locked. */
  async read(kind: string, id: string): Promise<Row | undefined> {
    if (!this.records.has(kind, id)) {
      const { rows } = await this.tx.query<RecordRow>(
        'SELECT * FROM records WHERE kind = $1 AND id = $2 FOR UPDATE',
        [kind, id],
      );
      this.records.set(kind, id, rows[0] ?? null);
    }
    return this.records.get(kind, id) ?? undefined;
  }

  /** The live record of this kind with this natural key, in the register or earlier in this batch. */
  async byNaturalKey(kind: string, naturalKey: string): Promise<string | undefined> {
    // A key this batch already holds (its own records included) is never asked again.
    if (!this.naturalKeys.has(kind, naturalKey))
      await this.prefetchNaturalKeys([{ kind, key: naturalKey }]);
    return this.naturalKeys.get(kind, naturalKey);
  }

  put(row: Row & { version: number }): void {
    this.records.set(row.kind, row.id, row);
    this.dirty.set(key(row.kind, row.id), row);
    if (row.natural_key && !row.deleted) this.naturalKeys.set(row.kind, row.natural_key, row.id);
  }

  exit(version: number, kind: string, id: string, kabKota: string): void {
    this.exits.push({ version, kind, id, kabKota });
  }

  conflict(values: unknown[]): void {
    this.conflicts.push(values);
  }

  audit(change: AuditedChange): void {
    this.audits.add(change);
  }

  /**
   * Sends the records changed so far once there are `rows` of them, without waiting for
   * PostgreSQL: it writes them while the push works out the rest. The statements run in order in
   * the push's transaction, so the batch stays all or nothing; a record changed again later in the
   * batch is written again by a later statement.
   */
  writeAhead(rows: number): void {
    if (this.dirty.size < rows) return;
    const written = this.tx.query({
      name: 'push-write',
      text: WRITE_RECORDS_SQL,
      values: recordParams([...this.dirty.values()]),
    });
    written.catch(ignore);
    this.writes.push(written);
    this.dirty.clear();
  }

  /** Why the first refused statement sent ahead was refused (those after it only fail with it). */
  async writeFailure(): Promise<unknown> {
    for (const written of this.writes) {
      try {
        await written;
      } catch (error) {
        return error;
      }
    }
    return undefined;
  }

  /** Writes everything this batch changed, and ends the push: the counter and the PC's last mutation. */
  async flush(end: PushEnd): Promise<void> {
    const tx = this.tx;
    if (this.newAliases.length) {
      await tx.query(
        'INSERT INTO id_aliases (kind, alias, id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (kind, alias) DO NOTHING',
        [
          this.newAliases.map((a) => a.kind),
          this.newAliases.map((a) => a.alias),
          this.newAliases.map((a) => a.id),
        ],
      );
    }
    // The records, the push's audit row, the counter and the PC's last mutation in one statement.
    const ended = tx.query({
      name: 'push-end',
      text: `WITH rec AS (${WRITE_RECORDS_SQL} RETURNING 1),
       aud AS (INSERT INTO audit (account_id, action, detail) SELECT $3, 'push', $4::jsonb WHERE $4::jsonb IS NOT NULL RETURNING 1),
       ctr AS (UPDATE sync_state SET version = $5 WHERE id = 1 RETURNING 1),
       cli AS (UPDATE client_mutations SET last_mutation_id = $6 WHERE client_id = $7 RETURNING 1)
       SELECT (SELECT count(*) FROM rec) AS records`,
      values: [
        ...recordParams([...this.dirty.values()]),
        end.accountId,
        // One audit row per push listing what it changed: who, when, which records and fields.
        this.audits.size ? JSON.stringify(this.audits.detail()) : null,
        end.version,
        end.lastMutationId,
        end.clientId,
      ],
    });
    ended.catch(ignore);
    this.writes.push(ended);
    this.dirty.clear();
    // In order: the first refusal is the reason (the statements after it fail with it).
    for (const written of this.writes) await written;
    if (this.exits.length) {
      await tx.query(
        'INSERT INTO scope_exits (version, kind, id, kab_kota_code) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])',
        [
          this.exits.map((e) => e.version),
          this.exits.map((e) => e.kind),
          this.exits.map((e) => e.id),
          this.exits.map((e) => e.kabKota),
        ],
      );
    }
    const column = (rows: unknown[][], i: number): unknown[] => rows.map((r) => r[i]);
    if (this.conflicts.length) {
      const c = this.conflicts;
      await tx.query(
        `INSERT INTO conflicts (kind, record_id, kab_kota_code, field, kept_value, kept_by, other_value, other_by)
         SELECT kind, rid, kab, field, kept::jsonb, kept_by, other::jsonb, other_by
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(kind, rid, kab, field, kept, kept_by, other, other_by)`,
        [0, 1, 2, 3, 4, 5, 6, 7].map((i) => column(c, i)),
      );
    }
  }
}
