import { describe, expect, it } from 'vitest';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import { sentraRepository } from '../../../../../renderer/src/db/repositories/sentra-repository';
import { makeContext } from '../../../../support/factories/db';
import { sentraForm } from '../../../../support/factories/repository-reads';

describe('sentra repository: eachMatching', () => {
  it('hands over the live sentra matching the filter in name order, in chunks, with their commodity', async () => {
    const repo = sentraRepository(await makeContext());
    await repo.create(
      sentraForm('Sentra Tenun Sasirangan', {
        regionCode: '63.71.01.1001',
        commodity: 'kain-tenun',
      }),
    );
    await repo.create(sentraForm('Sentra Kerupuk Martapura'));
    await repo.create(sentraForm('Sentra Dodol Kandangan', { regionCode: '63.06.01.2001' }));
    const gone = await repo.create(sentraForm('Sentra Amplang'));
    await repo.softDelete(gone.id);
    const chunks: Sentra[][] = [];
    const count = await repo.eachMatching({}, (rows) => void chunks.push([...rows]), 2);
    expect(count).toBe(3);
    expect(chunks.map((c) => c.map((s) => s.name))).toEqual([
      ['Sentra Dodol Kandangan', 'Sentra Kerupuk Martapura'],
      ['Sentra Tenun Sasirangan'],
    ]);
    expect(chunks[1]?.[0]?.commodity).toBe('kain-tenun');

    const filtered: string[] = [];
    await repo.eachMatching(
      { commodity: 'kain-tenun' },
      (rows) => void filtered.push(...rows.map((s) => s.name)),
    );
    expect(filtered).toEqual(['Sentra Tenun Sasirangan']);
    const deleted: string[] = [];
    await repo.eachMatching(
      { scope: 'deleted' },
      (rows) => void deleted.push(...rows.map((s) => s.name)),
    );
    expect(deleted).toEqual(['Sentra Amplang']);
  });
});
