import { describe, expect, it } from 'vitest';
import { buildAppRepositories } from '../../../../renderer/src/db/app-repositories';
import { exportAllOf } from '../../../../renderer/src/db/safety/snapshot';
import { makeContext } from '../../../support/factories/db';
import { ikmForm } from '../../../support/factories/repository-reads';

describe('app repositories: atomically', () => {
  it('keeps every write of the work when it succeeds', async () => {
    const repos = buildAppRepositories(await makeContext());
    const [a, b] = await repos.atomically(async () => [
      await repos.enterprises.create(ikmForm('UD A')),
      await repos.enterprises.create(ikmForm('UD B')),
    ]);
    expect((await repos.enterprises.getMany([a?.id ?? '', b?.id ?? ''])).size).toBe(2);
  });

  it('keeps none of them when the work fails half-way', async () => {
    const repos = buildAppRepositories(await makeContext());
    const before = await repos.enterprises.create(ikmForm('UD Lama'));
    const failing = repos.atomically(async () => {
      await repos.enterprises.create(ikmForm('UD Baru'));
      await repos.enterprises.update(before.id, { ...ikmForm('UD Lama Diubah') }, before.updatedAt);
      throw new Error('gagal di tengah');
    });
    await expect(failing).rejects.toThrow('gagal di tengah');
    const page = await repos.enterprises.page({
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(page.rows.map((r) => r.name)).toEqual(['UD Lama']);
  });
});

describe('app repositories: readTogether', () => {
  it('answers the reads of the work from one read transaction', async () => {
    const repos = buildAppRepositories(await makeContext());
    const a = await repos.enterprises.create(ikmForm('UD A'));
    const names = await repos.readTogether(async () => {
      const [one, missing] = await Promise.all([
        repos.enterprises.get(a.id),
        repos.enterprises.get('tidak-ada'),
      ]);
      return [one?.name, missing?.name];
    });
    expect(names).toEqual(['UD A', undefined]);
  });

  it('refuses a write inside it, and nothing is written', async () => {
    const repos = buildAppRepositories(await makeContext());
    const writing = repos.readTogether(() => repos.enterprises.create(ikmForm('UD Baru')));
    await expect(writing).rejects.toThrow();
    const page = await repos.enterprises.page({
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(page.rows).toEqual([]);
  });
});

describe('exportAllOf', () => {
  it('snapshots the register of a repository context', async () => {
    const ctx = await makeContext();
    await buildAppRepositories(ctx).enterprises.create(ikmForm('UD A'));
    expect((await exportAllOf(ctx)).tables.enterprises).toHaveLength(1);
  });
});
