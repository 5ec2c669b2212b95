import { describe, expect, it } from 'vitest';
import type { PushRequest, PushResponse } from '@shared/sync/protocol.schema';
import type { RepositoryContext } from '../../../../../renderer/src/db/context';
import { enterpriseRepository } from '../../../../../renderer/src/db/repositories/enterprise-repository';
import { pushOutbox } from '../../../../../renderer/src/db/sync/push';
import type { SyncHttp } from '../../../../../renderer/src/db/sync/sync-http';
import { SYNC_CONFIG_KEY } from '../../../../../renderer/src/db/sync/sync-keys';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeEnterprise } from '../../../../support/factories/register';

/** A server that applies every mutation it gets and remembers each push. */
function recordingServer() {
  const pushes: PushRequest[] = [];
  let version = 0;
  const http = {
    push(request: PushRequest): Promise<PushResponse> {
      pushes.push(request);
      return Promise.resolve({
        lastMutationId: Math.max(...request.mutations.map((m) => m.mutationId)),
        results: request.mutations.map((m) => ({
          mutationId: m.mutationId,
          status: 'applied' as const,
          id: m.id,
          version: (version += 1),
        })),
      });
    },
  };
  return { pushes, http: http as unknown as SyncHttp };
}

async function withOutbox(count: number): Promise<RepositoryContext> {
  const ctx = await makeContext({ userName: 'Rina' });
  await ctx.db.syncState.put({ key: SYNC_CONFIG_KEY, value: { serverUrl: 'http://127.0.0.1:1' } });
  const repo = enterpriseRepository(ctx);
  for (let i = 0; i < count; i += 1)
    await repo.create(
      formOf(
        makeEnterprise({ nib: `912${String(i).padStart(10, '0')}`, regionCode: '63.03.07.2001' }),
      ),
    );
  return ctx;
}

const rowChars = async (ctx: RepositoryContext): Promise<number> =>
  JSON.stringify((await ctx.db.outbox.orderBy('seq').first())?.changes ?? {}).length;

describe('pushing the outbox in batches', () => {
  it('cuts a batch where its changes would pass the size budget, and sends every change once', async () => {
    const ctx = await withOutbox(5);
    const { pushes, http } = recordingServer();

    const sent = await pushOutbox(ctx.db, http, 'pc-1', {
      maxChars: Math.round((await rowChars(ctx)) * 2.5),
    });

    expect(sent).toBe(5);
    expect(pushes.map((p) => p.mutations.length)).toEqual([2, 2, 1]);
    expect(new Set(pushes.flatMap((p) => p.mutations.map((m) => m.id))).size).toBe(5);
    expect(await ctx.db.outbox.count()).toBe(0);
  });

  it('sends a change larger than the budget on its own rather than never', async () => {
    const ctx = await withOutbox(3);
    const { pushes, http } = recordingServer();

    await pushOutbox(ctx.db, http, 'pc-1', { maxChars: 10 });

    expect(pushes.map((p) => p.mutations.length)).toEqual([1, 1, 1]);
    expect(await ctx.db.outbox.count()).toBe(0);
  });

  it('sends small changes 1,000 to a push, the most the server takes', async () => {
    const ctx = await withOutbox(0);
    await ctx.db.outbox.bulkAdd(
      Array.from({ length: 1001 }, (_, i) => ({
        kind: 'enterprises' as const,
        id: `ikm-${i}`,
        op: 'put' as const,
        changes: { name: `UD ${i}` },
        baseVersion: 0,
      })),
    );
    const { pushes, http } = recordingServer();

    await pushOutbox(ctx.db, http, 'pc-1');

    expect(pushes.map((p) => p.mutations.length)).toEqual([1000, 1]);
    expect(await ctx.db.outbox.count()).toBe(0);
  });
});
