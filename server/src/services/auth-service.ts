import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { AccountView, LoginResponse, NewAccount } from '@shared/sync/protocol.schema';
import type { ServerConfig } from '../config';
import { SYSTEM_ACTOR, withTx, type Actor, type Db } from '../db/pool';
import { HttpError } from '../http/http-error';
import { writeAudit } from './audit';

const FAILURE_WINDOW = '15 minutes';
const LOGIN_FAILED = 'Nama pengguna atau kata sandi salah.';

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: 'admin' | 'province' | 'kabkota';
  kab_kota_code: string | null;
  disabled_at: Date | null;
}

export interface Session {
  readonly actor: Actor;
  readonly account: AccountView;
  readonly tokenHash: string;
}

let dummy: Promise<string> | undefined;
/** A real hash to compare unknown names against. */
const dummyHash = (cost: number): Promise<string> =>
  (dummy ??= bcrypt.hash(randomBytes(16).toString('hex'), cost));

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

async function officeInfo(db: Db): Promise<{ name: string; provinceCode: string }> {
  const { rows } = await db.query<{ name: string; province_code: string }>(
    'SELECT name, province_code FROM office WHERE id = 1',
  );
  const row = rows[0];
  if (!row) throw officeMissing();
  return { name: row.name, provinceCode: row.province_code };
}

const officeMissing = (): HttpError =>
  new HttpError(
    503,
    'Server belum disiapkan: kantor dan admin pertama belum dibuat (lihat README bagian Server).',
  );

function view(row: AccountRow, office: { name: string; provinceCode: string }): AccountView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    provinceCode: office.provinceCode,
    kabKotaCode: row.kab_kota_code,
    officeName: office.name,
  };
}

/** First start: the office and its first admin, from OVOP_OFFICE_NAME, OVOP_PROVINCE_CODE, OVOP_ADMIN_USER/PASSWORD. */
export async function bootstrap(db: Db, config: ServerConfig): Promise<void> {
  const {
    OVOP_OFFICE_NAME: name,
    OVOP_PROVINCE_CODE: province,
    OVOP_ADMIN_USER: user,
    OVOP_ADMIN_PASSWORD: password,
  } = config;
  await withTx(db, SYSTEM_ACTOR, async (tx) => {
    if (name && province)
      await tx.query(
        'INSERT INTO office (id, name, province_code) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING',
        [name, province],
      );
    const { rows } = await tx.query("SELECT 1 FROM accounts WHERE role = 'admin' LIMIT 1");
    if (rows.length === 0 && user && password) {
      await tx.query(
        "INSERT INTO accounts (username, display_name, password_hash, role) VALUES ($1, $1, $2, 'admin')",
        [user, await bcrypt.hash(password, config.OVOP_PASSWORD_COST)],
      );
    }
  });
}

export async function login(
  db: Db,
  config: ServerConfig,
  username: string,
  password: string,
): Promise<LoginResponse> {
  const office = await officeInfo(db);
  const failures = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM login_failures WHERE username = $1 AND at > now() - interval '${FAILURE_WINDOW}'`,
    [username],
  );
  if (Number(failures.rows[0]?.n ?? 0) >= config.OVOP_LOGIN_MAX_FAILURES) {
    throw new HttpError(
      429,
      'Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi 15 menit lagi.',
    );
  }
  const { rows } = await db.query<AccountRow>('SELECT * FROM accounts WHERE username = $1', [
    username,
  ]);
  const row = rows[0];
  // Compare even for an unknown name, so the reply time does not tell which names exist.
  const ok = await bcrypt.compare(
    password,
    row?.password_hash ?? (await dummyHash(config.OVOP_PASSWORD_COST)),
  );
  if (!row || !ok || row.disabled_at) {
    await db.query('INSERT INTO login_failures (username) VALUES ($1)', [username]);
    throw new HttpError(
      401,
      row?.disabled_at && ok ? 'Akun ini telah dinonaktifkan oleh admin.' : LOGIN_FAILED,
    );
  }
  await db.query('DELETE FROM login_failures WHERE username = $1', [username]);
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + config.OVOP_SESSION_HOURS * 3_600_000);
  await db.query('INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [
    hashToken(token),
    row.id,
    expires,
  ]);
  await writeAudit(db, row.id, 'login');
  return { token, expiresAt: expires.toISOString(), account: view(row, office) };
}

export async function authenticate(db: Db, token: string): Promise<Session> {
  const tokenHash = hashToken(token);
  const { rows } = await db.query<
    AccountRow & {
      expires_at: Date;
      revoked_at: Date | null;
      office_name: string | null;
      province_code: string | null;
    }
  >(
    `SELECT a.*, s.expires_at, s.revoked_at, o.name AS office_name, o.province_code
     FROM sessions s JOIN accounts a ON a.id = s.account_id LEFT JOIN office o ON o.id = 1
     WHERE s.token_hash = $1`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row) throw new HttpError(401, 'Sesi tidak dikenal. Silakan masuk lagi.');
  if (row.revoked_at) throw new HttpError(401, 'Sesi telah dicabut. Silakan masuk lagi.');
  if (row.expires_at.getTime() <= Date.now())
    throw new HttpError(401, 'Sesi telah berakhir. Silakan masuk lagi.');
  if (row.disabled_at) throw new HttpError(401, 'Akun ini telah dinonaktifkan oleh admin.');
  if (row.office_name === null || row.province_code === null) throw officeMissing();
  const office = { name: row.office_name, provinceCode: row.province_code };
  return {
    tokenHash,
    account: view(row, office),
    actor: {
      accountId: row.id,
      role: row.role,
      kabKotaCode: row.kab_kota_code,
      displayName: row.display_name,
    },
  };
}

export async function logout(db: Db, session: Session): Promise<void> {
  await db.query(
    'UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL',
    [session.tokenHash],
  );
}

export async function createAccount(
  db: Db,
  config: ServerConfig,
  admin: Actor,
  input: NewAccount,
): Promise<AccountView> {
  const office = await officeInfo(db);
  if (input.kabKotaCode && !input.kabKotaCode.startsWith(`${office.provinceCode}.`)) {
    throw new HttpError(
      400,
      `Kabupaten/kota ${input.kabKotaCode} tidak berada di provinsi kantor ini (${office.provinceCode}).`,
    );
  }
  const hash = await bcrypt.hash(input.password, config.OVOP_PASSWORD_COST);
  const { rows } = await db.query<AccountRow>(
    'INSERT INTO accounts (username, display_name, password_hash, role, kab_kota_code) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (username) DO NOTHING RETURNING *',
    [
      input.username,
      input.displayName,
      hash,
      input.role,
      input.role === 'kabkota' ? (input.kabKotaCode ?? null) : null,
    ],
  );
  const row = rows[0];
  if (!row) throw new HttpError(409, `Nama pengguna ${input.username} sudah dipakai.`);
  await writeAudit(db, admin.accountId, 'account-create', undefined, row.id, {
    username: row.username,
    role: row.role,
  });
  return view(row, office);
}

export async function listAccounts(db: Db): Promise<AccountView[]> {
  const office = await officeInfo(db);
  const { rows } = await db.query<AccountRow>('SELECT * FROM accounts ORDER BY username');
  return rows.map((r) => view(r, office));
}

/** Signs the account out everywhere (a lost laptop); with `disable`, it cannot sign in again. */
export async function revokeAccount(
  db: Db,
  admin: Actor,
  accountId: string,
  disable: boolean,
): Promise<void> {
  const { rowCount } = await db.query(
    `UPDATE accounts SET disabled_at = ${disable ? 'now()' : 'disabled_at'} WHERE id = $1`,
    [accountId],
  );
  if (!rowCount) throw new HttpError(404, 'Akun tidak ditemukan.');
  await db.query(
    'UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL',
    [accountId],
  );
  await writeAudit(
    db,
    admin.accountId,
    disable ? 'account-disable' : 'sessions-revoke',
    undefined,
    accountId,
  );
}
