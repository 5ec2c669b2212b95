import { z } from 'zod';
import { accountViewSchema } from '@shared/sync/protocol.schema';
import type { OvopDatabase } from '../database';
import { SYNC_CONFIG_KEY, SYNC_STATUS_KEY } from './sync-keys';

/** This PC's connection to a server (no secret: the token is in the TokenStore). */
const connectionSchema = z.object({
  serverUrl: z.string(),
  clientId: z.string(),
  username: z.string(),
  account: accountViewSchema,
});
export type Connection = z.infer<typeof connectionSchema>;

export async function readConnection(db: OvopDatabase): Promise<Connection | undefined> {
  const parsed = connectionSchema.safeParse((await db.syncState.get(SYNC_CONFIG_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function readLastSync(db: OvopDatabase): Promise<string | undefined> {
  const value = (await db.syncState.get(SYNC_STATUS_KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

/** A server address as typed: http(s) only, no trailing slash; undefined when it is not one. */
export function normaliseServerUrl(text: string): string | undefined {
  const trimmed = text.trim().replace(/\/+$/, '');
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname !== '/' && url.pathname !== '') return trimmed;
    return url.origin;
  } catch {
    return undefined;
  }
}
