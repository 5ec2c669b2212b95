import Dexie from 'dexie';
import { isDesktop, writeSnapshot } from '../../platform/api';
import { SNAPSHOT_FORMAT } from './snapshot';
import { bytesToBase64 } from '../../platform/base64';

/**
 * Before a schema upgrade the desktop app writes the OLD register to a snapshot file, so
 * a failed or wrong migration can be undone. The old database is read in Dexie's dynamic mode (no
 * schema declared), so this works for any past version without knowing its tables. The file is a
 * normal register snapshot (`schemaVersion` = the old version), so the usual restore reads it back:
 * restoreAll accepts older versions and upgrades their rows.
 */
export const PRE_UPGRADE_FORMAT = SNAPSHOT_FORMAT;

/** Stores the snapshot bytes; must throw (with a readable message) when they were not stored. */
export type SnapshotWriter = (bytes: Uint8Array) => Promise<void>;

/**
 * JSON form of the old register. Every table is kept whole, including `blobs`: binary values
 * (Uint8Array, ArrayBuffer, Blob) become `{ "$bytes": "<base64>" }`, dates `{ "$date": "<ISO>" }`.
 */
interface PreUpgradeSnapshot {
  readonly format: typeof PRE_UPGRADE_FORMAT;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly registerId: string;
  readonly counts: Record<string, number>;
  /** Schema version of the old register (Dexie version, i.e. native IndexedDB version ÷ 10). */
  readonly fromVersion: number;
  /** Native IndexedDB version as found on disk. */
  readonly nativeVersion: number;
  readonly toVersion: number;
  readonly tables: Record<string, unknown[]>;
}

export interface SnapshotBeforeUpgradeOptions {
  readonly name: string;
  /** Schema version the app is about to open (DATABASE_VERSION). */
  readonly targetVersion: number;
  readonly writer: SnapshotWriter;
}

export type SnapshotBeforeUpgradeResult =
  { readonly written: false } | { readonly written: true; readonly fromVersion: number };

const FAILED_PREFIX = 'Cadangan sebelum pembaruan basis data gagal ditulis';

/**
 * When database `name` exists at a schema older than `targetVersion`, writes all its rows through
 * `writer` before anything opens it with the new schema. Fresh installs and registers already at
 * (or above) the target version are left alone. If the writer fails, throws an Indonesian error
 * and the database stays at its old version (the caller must not open it).
 */
export async function snapshotBeforeUpgrade(
  options: SnapshotBeforeUpgradeOptions,
): Promise<SnapshotBeforeUpgradeResult> {
  const nativeVersion = await existingNativeVersion(options.name);
  if (nativeVersion === undefined || nativeVersion >= options.targetVersion * 10)
    return { written: false };
  const snapshot = await readRawSnapshot(options.name, options.targetVersion);
  const bytes = new TextEncoder().encode(JSON.stringify(snapshot));
  try {
    await options.writer(bytes);
  } catch (error) {
    const reason = (
      error instanceof Error && error.message ? error.message : String(error)
    ).replace(/[.\s]+$/, '');
    throw new Error(`${FAILED_PREFIX}: ${reason}. Basis data tidak diperbarui.`, { cause: error });
  }
  return { written: true, fromVersion: snapshot.fromVersion };
}

/**
 * The writer the app uses: the desktop snapshot store (reason `pre-upgrade`). In web mode there is
 * no snapshot store, so this returns undefined and the upgrade runs without one; the user's manual
 * backups (Pengaturan → Cadangan) are the safety net there.
 */
export function desktopPreUpgradeWriter(): SnapshotWriter | undefined {
  if (!isDesktop()) return undefined;
  return async (bytes) => {
    const result = await writeSnapshot('pre-upgrade', bytes);
    if (!result.available) throw new Error(result.message);
  };
}

/** Native version of an existing database, or undefined when there is none. */
async function existingNativeVersion(name: string): Promise<number | undefined> {
  if (typeof indexedDB.databases === 'function') {
    const found = (await indexedDB.databases()).find((info) => info.name === name);
    return found?.version;
  }
  // Browsers without databases(): try a dynamic open; Dexie refuses to create a missing database.
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.backendDB().version;
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return undefined;
    throw error;
  } finally {
    probe.close();
  }
}

async function readRawSnapshot(name: string, targetVersion: number): Promise<PreUpgradeSnapshot> {
  const old = new Dexie(name);
  try {
    await old.open();
    const nativeVersion = old.backendDB().version;
    const tables: Record<string, unknown[]> = {};
    await old.transaction('r', old.tables, async () => {
      for (const table of old.tables) tables[table.name] = await table.toArray();
    });
    for (const [table, rows] of Object.entries(tables)) {
      // Stored files in the same shape exportAll gives them; everything else JSON-safe as is.
      tables[table] =
        table === 'blobs' ? rows.map(blobEntry) : await Promise.all(rows.map(toJsonSafe));
    }
    const fromVersion = Math.floor(nativeVersion / 10);
    const marker = (tables.marker ?? []).find(
      (row): row is { registerId: string } =>
        typeof (row as { registerId?: unknown }).registerId === 'string',
    );
    return {
      format: PRE_UPGRADE_FORMAT,
      schemaVersion: fromVersion,
      exportedAt: new Date().toISOString(),
      registerId: marker?.registerId ?? 'sebelum-pembaruan',
      counts: Object.fromEntries(
        Object.entries(tables).map(([table, rows]) => [table, rows.length]),
      ),
      fromVersion,
      nativeVersion,
      toVersion: targetVersion,
      tables,
    };
  } finally {
    old.close();
  }
}

function blobEntry(row: unknown): { hash: unknown; size: unknown; base64: string } {
  const { hash, size, bytes } = row as { hash?: unknown; size?: unknown; bytes?: unknown };
  const data =
    bytes instanceof Uint8Array
      ? bytes
      : bytes instanceof ArrayBuffer
        ? new Uint8Array(bytes)
        : new Uint8Array();
  return { hash, size, base64: bytesToBase64(data) };
}

/** Replaces binary values and dates by tagged plain objects so JSON keeps them. */
async function toJsonSafe(value: unknown): Promise<unknown> {
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) };
  if (value instanceof ArrayBuffer) return { $bytes: bytesToBase64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value))
    return {
      $bytes: bytesToBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
    };
  if (typeof Blob !== 'undefined' && value instanceof Blob)
    return { $bytes: bytesToBase64(new Uint8Array(await value.arrayBuffer())) };
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return Promise.all(value.map(toJsonSafe));
  if (value !== null && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, inner]) => [key, await toJsonSafe(inner)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}
