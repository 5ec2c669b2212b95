import { exportAllOf, type RepositoryContext } from '../../db';
import { isDesktop, writeSnapshot } from '../../platform/api';
import { deliverBlob } from './download';

async function snapshotBytes(ctx: RepositoryContext): Promise<Uint8Array> {
  return new TextEncoder().encode(JSON.stringify(await exportAllOf(ctx)));
}

/**
 * Before a merge. Desktop: an atomic snapshot file (reason 'pre-merge') written by main; if that
 * fails the merge must not start. Web: nothing can be written behind the user's back, so the page
 * offers `downloadBackup` and says it is recommended.
 */
export async function snapshotBeforeMerge(ctx: RepositoryContext): Promise<'snapshot' | 'web'> {
  if (!isDesktop()) return 'web';
  const result = await writeSnapshot('pre-merge', await snapshotBytes(ctx));
  if (!result.available) throw new Error(result.message);
  return 'snapshot';
}

export async function downloadBackup(ctx: RepositoryContext): Promise<void> {
  const bytes = await snapshotBytes(ctx);
  const d = new Date();
  const name = `cadangan-sebelum-gabung-${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}.json`;
  await deliverBlob(
    new Blob([new Uint8Array(bytes)], { type: 'application/json' }),
    name,
    'Cadangan JSON',
    'json',
  );
}
