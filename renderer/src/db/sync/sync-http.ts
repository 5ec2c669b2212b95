import { z } from 'zod';
import {
  conflictViewSchema,
  errorReplySchema,
  loginResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  type ConflictView,
  type LoginResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '@shared/sync/protocol.schema';

/** The server answered with an error (its message is already Indonesian). */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** The server could not be reached (down, no network, wrong address). */
export class ServerUnreachableError extends Error {
  constructor(address: string) {
    super(
      `Server ${address} tidak dapat dihubungi. Perubahan disimpan di PC ini dan dikirim nanti.`,
    );
    this.name = 'ServerUnreachableError';
  }
}

const letterNumberReplySchema = z.object({
  year: z.number().int(),
  sequence: z.number().int().min(1),
});
const conflictsReplySchema = z.object({ conflicts: z.array(conflictViewSchema) });
const missingReplySchema = z.object({ missing: z.array(z.string()) });
const limitsReplySchema = z.object({ maxBytes: z.number().int().positive() });

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A typed client of the shared register's HTTP API; every reply is parsed with the shared schemas. */
export class SyncHttp {
  constructor(
    readonly baseUrl: string,
    private readonly token: () => string | undefined,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {};
    const token = this.token();
    if (token) headers.authorization = `Bearer ${token}`;
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array) {
      headers['content-type'] = 'application/octet-stream';
      payload = new Uint8Array(body);
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(payload !== undefined ? { body: payload } : {}),
      });
    } catch {
      throw new ServerUnreachableError(this.baseUrl);
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    let message = `Server menjawab ${response.status}.`;
    try {
      const parsed = errorReplySchema.safeParse(JSON.parse(text));
      if (parsed.success) message = parsed.data.error;
    } catch {
      // Not JSON (a proxy's page): keep the status line.
    }
    if (response.status === 502 || response.status === 503 || response.status === 504)
      throw new ServerUnreachableError(this.baseUrl);
    throw new SyncHttpError(response.status, message);
  }

  private async json<T>(schema: z.ZodType<T>, method: string, path: string, body?: unknown) {
    const response = await this.call(method, path, body);
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success)
      throw new SyncHttpError(0, 'Jawaban server tidak dikenali. Periksa alamat server.');
    return parsed.data;
  }

  login(username: string, password: string): Promise<LoginResponse> {
    return this.json(loginResponseSchema, 'POST', '/auth/login', { username, password });
  }
  async logout(): Promise<void> {
    await this.call('POST', '/auth/logout', {});
  }
  push(request: PushRequest): Promise<PushResponse> {
    return this.json(pushResponseSchema, 'POST', '/sync/push', request);
  }
  /** A page after `after`; with `count`, the server also tells how many changes are left. */
  pull(after: number, limit: number, count = false): Promise<PullResponse> {
    const query = `after=${after}&limit=${limit}${count ? '&count=1' : ''}`;
    return this.json(pullResponseSchema, 'GET', `/sync/pull?${query}`);
  }
  async conflicts(): Promise<ConflictView[]> {
    return (await this.json(conflictsReplySchema, 'GET', '/conflicts')).conflicts;
  }
  async resolve(id: string, choice: 'kept' | 'other'): Promise<void> {
    await this.call('POST', `/conflicts/${encodeURIComponent(id)}/resolve`, { choice });
  }
  async letterSequence(year: number): Promise<number> {
    return (await this.json(letterNumberReplySchema, 'POST', '/letter-numbers', { year })).sequence;
  }
  async putBlob(hash: string, bytes: Uint8Array): Promise<void> {
    await this.call('PUT', `/blobs/${hash}`, bytes);
  }
  /** Of `hashes`, those whose bytes the server does not have yet. */
  async missingBlobs(hashes: readonly string[]): Promise<string[]> {
    return (await this.json(missingReplySchema, 'POST', '/blobs/missing', { hashes })).missing;
  }
  /** The largest attachment the server accepts, in bytes. */
  async blobLimit(): Promise<number> {
    return (await this.json(limitsReplySchema, 'GET', '/blobs/limits')).maxBytes;
  }
  async getBlob(hash: string): Promise<Uint8Array> {
    const response = await this.call('GET', `/blobs/${hash}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
