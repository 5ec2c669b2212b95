import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The server is configured by environment variables; `OVOP_SERVER_CONFIG` may name a JSON file whose
 * keys (the same names) fill in what the environment leaves unset.
 */
const configSchema = z.object({
  DATABASE_URL: z
    .string({
      error:
        'DATABASE_URL wajib diisi (alamat PostgreSQL, mis. postgres://ovop@127.0.0.1:5432/ovop)',
    })
    .min(1),
  OVOP_SERVER_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  OVOP_SERVER_HOST: z.string().default('127.0.0.1'),
  OVOP_TLS_CERT: z.string().optional(),
  OVOP_TLS_KEY: z.string().optional(),
  OVOP_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  OVOP_MAX_ATTACHMENT_MB: z.coerce.number().positive().max(500).default(25),
  OVOP_MAX_BODY_MB: z.coerce.number().positive().max(100).default(8),
  /** bcrypt cost factor of stored passwords (each step doubles the work). */
  OVOP_PASSWORD_COST: z.coerce.number().int().min(4).max(15).default(11),
  OVOP_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  /** First start only: the office and its first admin account. */
  OVOP_OFFICE_NAME: z.string().optional(),
  OVOP_PROVINCE_CODE: z
    .string()
    .regex(/^\d{2}$/, 'OVOP_PROVINCE_CODE harus dua angka, mis. 63')
    .optional(),
  OVOP_ADMIN_USER: z.string().optional(),
  OVOP_ADMIN_PASSWORD: z.string().optional(),
});
export type ServerConfig = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  let fromFile: Record<string, unknown> = {};
  const file = env.OVOP_SERVER_CONFIG;
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(
        `Berkas konfigurasi ${file} tidak dapat dibaca: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  const merged = {
    ...fromFile,
    ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  };
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    throw new Error(
      `Konfigurasi server tidak sah: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  if (Boolean(parsed.data.OVOP_TLS_CERT) !== Boolean(parsed.data.OVOP_TLS_KEY)) {
    throw new Error(
      'Konfigurasi server tidak sah: OVOP_TLS_CERT dan OVOP_TLS_KEY harus diisi berdua',
    );
  }
  return parsed.data;
}
