import { loadConfig } from '../../../server/src/config';
import { startServer, type RunningServer } from '../../../server/src/start';

export const PROVINCE = '63';
export const BANJAR = '63.03';
export const TALA = '63.01';
export const ADMIN = { username: 'admin', password: 'rahasia-admin-1' };
export const PASSWORD = 'kata-sandi-uji-123';

export function testConfig(databaseUrl: string, extra: Record<string, string> = {}) {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    OVOP_SERVER_PORT: '0',
    OVOP_OFFICE_NAME: 'Dinas Perindustrian Provinsi Kalimantan Selatan',
    OVOP_PROVINCE_CODE: PROVINCE,
    OVOP_ADMIN_USER: ADMIN.username,
    OVOP_ADMIN_PASSWORD: ADMIN.password,
    OVOP_PASSWORD_COST: '4',
    ...extra,
  });
}

export async function startTestServer(
  databaseUrl: string,
  extra: Record<string, string> = {},
): Promise<RunningServer> {
  return startServer(testConfig(databaseUrl, extra), () => undefined);
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** A minimal HTTP client of the server, as the desktop app's sync module talks to it. */
export class Api {
  constructor(
    readonly base: string,
    readonly token?: string,
  ) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const init: RequestInit = {
      method,
      headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
    };
    if (body instanceof Uint8Array) {
      init.body = new Uint8Array(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/octet-stream';
    } else if (typeof body === 'string') {
      init.body = body;
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.base}${path}`, init);
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('json')
      ? await response.json()
      : new Uint8Array(await response.arrayBuffer());
    return { status: response.status, body: parsed as T };
  }

  get<T = Record<string, unknown>>(path: string): Promise<Reply<T>> {
    return this.call<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<Reply<T>> {
    return this.call<T>('POST', path, body ?? {});
  }
}

export async function login(base: string, username: string, password = PASSWORD): Promise<Api> {
  const reply = await new Api(base).post<{ token: string; error?: string }>('/auth/login', {
    username,
    password,
  });
  if (reply.status !== 200)
    throw new Error(`login ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return new Api(base, reply.body.token);
}

/** The admin creates province staff and two kab/kota officers; each is signed in. */
export async function makeAccounts(base: string) {
  const admin = await login(base, ADMIN.username, ADMIN.password);
  const make = async (username: string, role: string, kabKotaCode?: string): Promise<Api> => {
    const reply = await admin.post('/accounts', {
      username,
      displayName: `Petugas ${username}`,
      password: PASSWORD,
      role,
      ...(kabKotaCode ? { kabKotaCode } : {}),
    });
    if (reply.status !== 201) throw new Error(`account ${username}: ${JSON.stringify(reply.body)}`);
    return login(base, username);
  };
  return {
    admin,
    province: await make('prov', 'province'),
    banjar: await make('banjar', 'kabkota', BANJAR),
    tala: await make('tala', 'kabkota', TALA),
  };
}

let mutationIds = 0;
/** A put mutation with a fresh mutation id (tests share one counter, ids only grow). */
export function put(
  kind: string,
  record: { id: string } & Record<string, unknown>,
  baseVersion = 0,
  mutationId = ++mutationIds,
) {
  const { id, ...changes } = record;
  return { mutationId, kind, id, op: 'put', changes, baseVersion };
}

export function nextMutationId(): number {
  return ++mutationIds;
}

export type PullBody = {
  changes: {
    version: number;
    kind: string;
    id: string;
    deleted: boolean;
    removed?: boolean;
    data?: Record<string, unknown>;
  }[];
  cursor: number;
  more: boolean;
};

/** Pulls every page after `after`. */
export async function pullAll(api: Api, after = 0, limit = 500): Promise<PullBody['changes']> {
  const all: PullBody['changes'] = [];
  let cursor = after;
  for (;;) {
    const reply = await api.get<PullBody>(`/sync/pull?after=${cursor}&limit=${limit}`);
    if (reply.status !== 200)
      throw new Error(`pull: ${reply.status} ${JSON.stringify(reply.body)}`);
    all.push(...reply.body.changes);
    cursor = reply.body.cursor;
    if (!reply.body.more) return all;
  }
}
