import { afterEach, describe, expect, it, vi } from 'vitest';
import { tableCounts } from '../../../../../renderer/src/db/safety/marker';
import { readEnterpriseStats } from '../../../../../renderer/src/db/registers/register-stats';
import { enterpriseRepository } from '../../../../../renderer/src/db/repositories/enterprise-repository';
import { refreshWebMarker } from '../../../../../renderer/src/features/backup/snapshots';
import { webMarker } from '../../../../../renderer/src/features/backup/web-marker';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeEnterprise } from '../../../../support/factories/register';

/** The browser's localStorage, as far as the web marker uses it. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the web marker after a good start', () => {
  it('remembers the counts the loss check compares, the IKM count taken from the kept counts', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const ctx = await makeContext({ userName: 'Budi' });
    const ikm = enterpriseRepository(ctx);
    for (const [i, name] of ['UD Satu', 'UD Dua', 'UD Tiga'].entries())
      await ikm.create(formOf(makeEnterprise({ name, nib: `912000123456${i}` })));
    await readEnterpriseStats(ctx.db);
    // The store is reached both as a property and through `table()`: two objects here.
    const counts = [ctx.db.enterprises, ctx.db.table('enterprises')].map((t) =>
      vi.spyOn(t, 'count'),
    );

    await refreshWebMarker(ctx);

    for (const count of counts) expect(count).not.toHaveBeenCalled();
    const remembered = await webMarker();
    expect(remembered?.counts).toEqual(await tableCounts(ctx.db));
    expect(remembered?.counts['enterprises']).toBe(3);
  });
});
