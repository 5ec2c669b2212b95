import { z } from 'zod';
import type { ApiName, EventApiName } from './api-names';
import { ipcEvents, type EventChannel, type EventPayload } from './events';
import { MAX_SAVE_CHUNK_BYTES } from './save-chunk';

/**
 * The one IPC contract. Every channel is `area:verb-noun` and maps to a request and a response
 * schema. Main registers handlers only through `handle()`, the preload exposes exactly these
 * channels, and every type on both sides is derived from here. Domain data never crosses IPC:
 * only operating-system tasks do. Paths never come from the renderer: a saved file is named by an
 * opaque token that main issued.
 */
const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

function hasControlChar(text: string): boolean {
  return [...text].some((ch) => ch.charCodeAt(0) < 0x20);
}

/** A bare file name: no folders, no drive, no control characters, not too long. */
const bareFileName = z
  .string()
  .min(1)
  .max(180)
  .refine((n) => !/[\\/:*?"<>|]/.test(n) && !hasControlChar(n) && n !== '.' && n !== '..', {
    message: 'Nama berkas tidak boleh berisi folder atau karakter terlarang',
  });

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, {
  message: 'Isi berkas harus berupa bait',
});
const fileToken = z.string().regex(/^[a-f0-9-]{36}$/);

export const SAVE_CHUNK_TOO_LARGE_MESSAGE =
  'Potongan data terlalu besar; paling banyak 8 MB per potongan.';
const saveChunk = bytes.refine((b) => b.byteLength <= MAX_SAVE_CHUNK_BYTES, {
  message: SAVE_CHUNK_TOO_LARGE_MESSAGE,
});
const sha256Hex = z
  .string()
  .regex(/^[a-f0-9]{64}$/, { message: 'Sidik SHA-256 harus 64 karakter heksadesimal' });

/** A sync server's session token: opaque printable text, never a path. */
const sessionToken = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[\x21-\x7e]+$/, { message: 'Token sesi berisi karakter yang tidak sah' });

/** Why a snapshot was taken; rotation keeps each kind differently. */
export const snapshotReasons = [
  'pre-import',
  'pre-merge',
  'pre-upgrade',
  'daily',
  'manual',
] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

/** One snapshot as listed by main: only `usable` ones may be restored. */
const snapshotInfo = z.object({
  name: z.string(),
  reason: z.enum(snapshotReasons),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().nullable(),
  usable: z.boolean(),
  problem: z.string().optional(),
});

export const ipcContract = {
  'app:get-info': {
    request: z.object({}).strict(),
    response: z.object({
      name: z.string(),
      version: z.string(),
      electron: z.string(),
      chrome: z.string(),
      node: z.string(),
      platform: z.string(),
    }),
  },
  'file:save-bytes': {
    request: z
      .object({
        suggestedName: bareFileName,
        bytes,
        filters: z.array(fileFilter).max(5),
      })
      .strict(),
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(false) }),
      z.object({ saved: z.literal(true), token: fileToken, fileName: z.string() }),
    ]),
  },
  // Streamed save: main opens a temp file beside the chosen one, appends chunks, then fsyncs and
  // renames it into place (or deletes it on abort). The token is issued by main for one window.
  'file:begin-save': {
    request: z
      .object({ suggestedName: bareFileName, filters: z.array(fileFilter).max(5) })
      .strict(),
    response: z.discriminatedUnion('started', [
      z.object({ started: z.literal(false) }),
      z.object({ started: z.literal(true), token: fileToken }),
    ]),
  },
  'file:append-chunk': {
    request: z.object({ token: fileToken, bytes: saveChunk }).strict(),
    response: z.object({ written: z.number().int().nonnegative() }),
  },
  'file:finish-save': {
    request: z.object({ token: fileToken }).strict(),
    response: z.object({ saved: z.literal(true), token: fileToken, fileName: z.string() }),
  },
  'file:abort-save': {
    request: z.object({ token: fileToken }).strict(),
    response: z.object({ aborted: z.boolean() }),
  },
  'file:open-bytes': {
    request: z.object({ title: z.string().max(200), filters: z.array(fileFilter).max(5) }).strict(),
    response: z.discriminatedUnion('opened', [
      z.object({ opened: z.literal(false) }),
      z.object({ opened: z.literal(true), name: z.string(), bytes }),
    ]),
  },
  'file:reveal-saved': {
    request: z.object({ token: fileToken }).strict(),
    response: z.object({ revealed: z.boolean() }),
  },
  // Prints the sender's page. With `pageSize` (a letter's own paper, e.g. F4 215 × 330 mm) the
  // page is printed on that paper with no margins; the renderer shows only the letter for print.
  'app:print-page': {
    request: z
      .object({
        pageSize: z
          .object({ widthMm: z.number().min(50).max(1000), heightMm: z.number().min(50).max(1000) })
          .strict()
          .optional(),
      })
      .strict(),
    response: z.object({ printed: z.boolean() }),
  },
  // Content-addressed attachment store (userData/attachments): main re-hashes every put.
  'blob:put': {
    request: z.object({ hash: sha256Hex, bytes }).strict(),
    response: z.object({ stored: z.boolean() }),
  },
  'blob:get': {
    request: z.object({ hash: sha256Hex }).strict(),
    // The bytes' CRC-32 (computed by main beside its SHA-256 check) for the ZIP writer.
    response: z.object({
      bytes: bytes.nullable(),
      crc32: z.number().int().min(0).max(0xffffffff).nullable(),
    }),
  },
  'blob:has': {
    request: z.object({ hashes: z.array(sha256Hex).max(10_000) }).strict(),
    response: z.object({ present: z.array(sha256Hex) }),
  },
  // Whole-register snapshots (userData/backups): atomic files with a SHA-256 manifest, rotated.
  'backup:write-snapshot': {
    request: z.object({ reason: z.enum(snapshotReasons), bytes }).strict(),
    response: z.object({ snapshot: snapshotInfo, removed: z.array(z.string()) }),
  },
  'backup:list-snapshots': {
    request: z.object({}).strict(),
    response: z.object({ snapshots: z.array(snapshotInfo) }),
  },
  'backup:read-snapshot': {
    request: z.object({ name: bareFileName }).strict(),
    response: z.object({ bytes }),
  },
  'backup:free-space': {
    request: z.object({}).strict(),
    response: z.object({
      freeBytes: z.number().nonnegative(),
      totalBytes: z.number().nonnegative(),
    }),
  },
  // The shared register's session token, encrypted with the OS's protected storage (safeStorage)
  // in a file in userData. Where the OS offers no protection, main refuses with a message and the
  // renderer keeps the token for this window only.
  'session:load-token': {
    request: z.object({}).strict(),
    response: z.object({ token: sessionToken.nullable() }),
  },
  'session:save-token': {
    request: z.object({ token: sessionToken }).strict(),
    response: z.discriminatedUnion('stored', [
      z.object({ stored: z.literal(true) }),
      z.object({ stored: z.literal(false), message: z.string() }),
    ]),
  },
  'session:clear-token': {
    request: z.object({}).strict(),
    response: z.object({ cleared: z.boolean() }),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type IpcRequest<C extends Channel> = z.input<IpcContract[C]['request']>;
export type IpcResponse<C extends Channel> = z.output<IpcContract[C]['response']>;

/** Errors do not survive IPC, so every call answers with this envelope. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

export { apiName, eventApiName } from './api-names';
export { type EventChannel, type EventPayload } from './events';

/** What `window.api` looks like in the renderer: one async function per channel. */
type RendererApi = {
  [C in Channel as ApiName<C>]: (request: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>;
};

export const channels = Object.keys(ipcContract) as Channel[];

type RendererEvents = {
  [E in EventChannel as EventApiName<E>]: (
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};

export type WindowApi = RendererApi & RendererEvents;
export const eventChannels = Object.keys(ipcEvents) as EventChannel[];
