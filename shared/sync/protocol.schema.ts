import { z } from 'zod';
import { syncKindSchema } from './kinds';

/**
 * The shared register's wire format. The desktop app pushes its local changes as mutations with
 * ids that only grow per PC (so a batch re-sent after a lost reply is applied once) and pulls
 * records changed after its cursor, a version the server hands out in commit order.
 */
const recordId = z.string().min(1, 'Id tidak boleh kosong').max(100, 'Id terlalu panjang');

export const ROLES = ['admin', 'province', 'kabkota'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  province: 'Staf provinsi',
  kabkota: 'Petugas kabupaten/kota',
};

export const loginRequestSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .min(1, 'Nama pengguna wajib diisi')
    .max(100, 'Nama pengguna terlalu panjang'),
  password: z.string().min(1, 'Kata sandi wajib diisi').max(200, 'Kata sandi terlalu panjang'),
});

export const accountViewSchema = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  provinceCode: z.string(),
  kabKotaCode: z.string().nullable(),
  officeName: z.string(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const loginResponseSchema = z.strictObject({
  token: z.string(),
  expiresAt: z.string(),
  account: accountViewSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const newAccountSchema = z
  .strictObject({
    username: z
      .string()
      .trim()
      .min(3, 'Nama pengguna paling sedikit 3 karakter')
      .max(100, 'Nama pengguna terlalu panjang')
      .regex(
        /^[a-z0-9._-]+$/,
        'Nama pengguna hanya huruf kecil, angka, titik, garis bawah atau tanda hubung',
      ),
    displayName: z
      .string()
      .trim()
      .min(1, 'Nama lengkap wajib diisi')
      .max(200, 'Nama lengkap terlalu panjang'),
    password: z
      .string()
      .min(10, 'Kata sandi paling sedikit 10 karakter')
      .max(200, 'Kata sandi terlalu panjang'),
    role: z.enum(ROLES, { error: 'Pilih peran: admin, staf provinsi atau petugas kabupaten/kota' }),
    kabKotaCode: z
      .string()
      .regex(/^\d{2}\.\d{2}$/, 'Kode kabupaten/kota harus berbentuk PP.KK')
      .optional(),
  })
  .refine((a) => a.role !== 'kabkota' || a.kabKotaCode !== undefined, {
    message: 'Petugas kabupaten/kota harus punya kabupaten/kota',
    path: ['kabKotaCode'],
  });
export type NewAccount = z.infer<typeof newAccountSchema>;

const FIELD_NAME_MAX = 100;

/**
 * A put's changed fields: a plain JSON object whose field names are at most 100 characters. The
 * values are checked once, by the record's own schema, when the server applies the change (a
 * field-by-field copy here would only repeat that work).
 */
const changesSchema = z.custom<Record<string, unknown>>((value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const field of Object.keys(value)) if (field.length > FIELD_NAME_MAX) return false;
  return true;
}, `Perubahan harus berupa objek dengan nama kolom paling panjang ${FIELD_NAME_MAX} karakter`);

export const mutationSchema = z.strictObject({
  mutationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  kind: syncKindSchema,
  id: recordId,
  op: z.enum(['put', 'delete'], { error: 'Operasi harus put atau delete' }),
  /** Changed fields for a put (the whole record for a new one); `null` removes an optional field. */
  changes: changesSchema.optional(),
  /** The record version the PC had seen; 0 for a record it created. */
  baseVersion: z.number().int().min(0),
});
export type Mutation = z.infer<typeof mutationSchema>;

/** The most mutations one push carries; the desktop app sends its outbox in batches this large. */
export const PUSH_BATCH_MAX = 1000;

export const pushRequestSchema = z.strictObject({
  clientId: z.string().min(8, 'Id PC tidak sah').max(100, 'Id PC tidak sah'),
  mutations: z
    .array(mutationSchema)
    .min(1, 'Tidak ada perubahan untuk dikirim')
    .max(PUSH_BATCH_MAX, 'Paling banyak 1.000 perubahan sekali kirim'),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationResultSchema = z.strictObject({
  mutationId: z.number(),
  /** applied now, or already applied by an earlier send of the same batch. */
  status: z.enum(['applied', 'duplicate']),
  /** The record's id in the shared register: differs from the pushed id when it matched a known record. */
  id: z.string(),
  version: z.number().optional(),
  conflicts: z.number().optional(),
});
export const pushResponseSchema = z.strictObject({
  lastMutationId: z.number(),
  results: z.array(mutationResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  /** `1`: also tell how many changes are left to pull (`remaining`), for a progress bar. */
  count: z.enum(['0', '1'], { error: 'count harus 0 atau 1' }).optional(),
});

export const pulledChangeSchema = z.strictObject({
  version: z.number(),
  kind: syncKindSchema,
  id: z.string(),
  /** A tombstone: the record was deleted. */
  deleted: z.boolean(),
  /** The record left this account's view (moved to another kab/kota): remove it locally. */
  removed: z.boolean().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const pullResponseSchema = z.strictObject({
  changes: z.array(pulledChangeSchema),
  /** Pass as `after` next time. */
  cursor: z.number(),
  more: z.boolean(),
  /**
   * Asked with `count=1`: the changes after `after` this account may see, this page's included
   * (absent when not asked, and from servers that do not count).
   */
  remaining: z.number().int().min(0).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const conflictViewSchema = z.strictObject({
  id: z.string(),
  kind: syncKindSchema,
  recordId: z.string(),
  field: z.string(),
  keptValue: z.unknown(),
  keptBy: z.string(),
  otherValue: z.unknown(),
  otherBy: z.string(),
  at: z.string(),
});
export type ConflictView = z.infer<typeof conflictViewSchema>;

export const resolveConflictSchema = z.strictObject({
  choice: z.enum(['kept', 'other'], { error: 'Pilih nilai yang dipakai' }),
});

export const letterNumberRequestSchema = z.strictObject({
  year: z.number().int().min(2000, 'Tahun tidak sah').max(2100, 'Tahun tidak sah'),
});
export const errorReplySchema = z.strictObject({ error: z.string() });
