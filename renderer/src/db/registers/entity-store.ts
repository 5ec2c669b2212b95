import type { Table } from 'dexie';
import type { z } from 'zod';
import type { FieldChange } from '@shared/domain/audit/audit.schema';
import { diffFields, writeAudit } from './audit-writer';
import { nextTimestamp, type RepositoryContext } from '../context';
import { NotFoundError, StaleWriteError, ValidationError } from '../errors';
import { RECORD_SCHEMA_VERSION, type StoredMeta } from './records';

/** What every register entity carries. */
export interface EntityBase {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt?: string | undefined;
}

/** Keys that records add on top of the entity; stripped when mapping back. */
const META_KEYS = ['schemaVersion', 'revision', 'live'] as const;

export interface EntityStoreSpec<E extends EntityBase, R extends E & StoredMeta> {
  /** Audit entity name, e.g. 'enterprise'. */
  readonly entity: string;
  readonly table: (ctx: RepositoryContext) => Table<R, string>;
  /** Every other table a write touches (audit and settings are added automatically). */
  readonly extraTables?: (ctx: RepositoryContext) => readonly Table[];
  readonly schema: z.ZodType<E>;
  /** Record-only keys besides the meta (search keys, denormalised fields). */
  readonly derivedKeys: readonly string[];
  /** Derived keys for a validated entity (may read other tables inside the transaction). */
  readonly derive: (
    ctx: RepositoryContext,
    entity: E,
    previous: R | undefined,
  ) => Promise<Omit<R, keyof E | keyof StoredMeta>>;
  /** Side effects after the record is stored, same transaction (e.g. refresh a parent's derived field). */
  readonly afterWrite?: (ctx: RepositoryContext, next: E, previous: R | undefined) => Promise<void>;
  /** Checks and side effects inside the write transaction (duplicate NIB, counters). */
  readonly beforeWrite?: (
    ctx: RepositoryContext,
    next: E,
    previous: R | undefined,
  ) => Promise<void>;
}

export interface EntityStore<E extends EntityBase, F> {
  get(id: string): Promise<E | undefined>;
  /** Several by id in one read, deleted ones included (callers decide); ids not found are absent from the map. */
  getMany(ids: readonly string[]): Promise<Map<string, E>>;
  create(input: F): Promise<E>;
  /** Refused with StaleWriteError when `expectedUpdatedAt` is not the stored `updatedAt`. */
  update(id: string, input: F, expectedUpdatedAt: string): Promise<E>;
  softDelete(id: string, expectedUpdatedAt?: string): Promise<E>;
  restore(id: string): Promise<E>;
}

/** Parses with the domain schema and drops keys left `undefined` (IndexedDB and JSON keep no such keys). */
export function parseOrThrow<E>(schema: z.ZodType<E>, value: unknown): E {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(result.error);
  const data = result.data;
  if (data === null || typeof data !== 'object') return data;
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as E;
}

export function toEntity<E extends EntityBase>(
  record: E & StoredMeta,
  derivedKeys: readonly string[],
): E {
  const copy: Record<string, unknown> = { ...(record as object) };
  for (const key of [...META_KEYS, ...derivedKeys]) delete copy[key];
  return copy as unknown as E;
}

export function createEntityStore<E extends EntityBase, R extends E & StoredMeta, F extends object>(
  ctx: RepositoryContext,
  spec: EntityStoreSpec<E, R>,
): EntityStore<E, F> {
  const table = spec.table(ctx);
  const tables = (): Table[] => [
    table,
    ctx.db.audit,
    ctx.db.settings,
    ...(spec.extraTables?.(ctx) ?? []),
  ];
  const fromRecord = (record: R): E => toEntity<E>(record, spec.derivedKeys);

  async function save(entity: E, previous: R | undefined): Promise<R> {
    await spec.beforeWrite?.(ctx, entity, previous);
    const derived = await spec.derive(ctx, entity, previous);
    const record = {
      ...entity,
      ...derived,
      schemaVersion: RECORD_SCHEMA_VERSION,
      revision: (previous?.revision ?? 0) + 1,
      live: entity.deletedAt === undefined ? 1 : 0,
    } as unknown as R;
    await table.put(record);
    await spec.afterWrite?.(ctx, entity, previous);
    return record;
  }

  async function load(id: string): Promise<R> {
    const previous = await table.get(id);
    if (!previous) throw new NotFoundError(spec.entity, id);
    return previous;
  }

  async function change(
    id: string,
    expectedUpdatedAt: string | undefined,
    action: 'update' | 'delete' | 'restore',
    build: (previous: E, at: string) => unknown,
  ): Promise<E> {
    return ctx.db.transaction('rw', tables(), async () => {
      const previousRecord = await load(id);
      if (expectedUpdatedAt !== undefined && previousRecord.updatedAt !== expectedUpdatedAt) {
        throw new StaleWriteError(spec.entity, id);
      }
      const previous = fromRecord(previousRecord);
      const at = nextTimestamp(ctx, previousRecord.updatedAt);
      const next = parseOrThrow(spec.schema, build(previous, at));
      await save(next, previousRecord);
      const changes: FieldChange[] = diffFields(previous, next);
      await writeAudit(ctx, { entity: spec.entity, entityId: id, action, at, changes });
      return next;
    });
  }

  return {
    async get(id) {
      const record = await table.get(id);
      return record ? fromRecord(record) : undefined;
    },
    async getMany(ids) {
      const unique = [...new Set(ids)];
      const records = await table.bulkGet(unique);
      const found = new Map<string, E>();
      for (const record of records) if (record) found.set(record.id, fromRecord(record));
      return found;
    },
    async create(input) {
      const at = nextTimestamp(ctx);
      const id = ctx.newId();
      return ctx.db.transaction('rw', tables(), async () => {
        const entity = parseOrThrow(spec.schema, {
          ...input,
          id,
          createdAt: at,
          updatedAt: at,
          deletedAt: undefined,
        });
        await save(entity, undefined);
        await writeAudit(ctx, {
          entity: spec.entity,
          entityId: id,
          action: 'create',
          at,
          changes: diffFields(undefined, entity),
        });
        return entity;
      });
    },
    update: (id, input, expectedUpdatedAt) =>
      change(id, expectedUpdatedAt, 'update', (previous, at) => ({
        ...input,
        id,
        createdAt: previous.createdAt,
        updatedAt: at,
        deletedAt: previous.deletedAt,
      })),
    softDelete: (id, expectedUpdatedAt) =>
      change(id, expectedUpdatedAt, 'delete', (previous, at) => ({
        ...previous,
        updatedAt: at,
        deletedAt: at,
      })),
    restore: (id) =>
      change(id, undefined, 'restore', (previous, at) => ({
        ...previous,
        updatedAt: at,
        deletedAt: undefined,
      })),
  };
}
