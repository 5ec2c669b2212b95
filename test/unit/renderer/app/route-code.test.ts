import { describe, expect, it } from 'vitest';
import { routeOfHash } from '../../../../renderer/src/app/pages';
import { routeCodeKey } from '../../../../renderer/src/app/route-code';

describe('routeCodeKey: whose code the first script fetches ahead', () => {
  it('names Beranda and a page list the way the page table routes them', () => {
    for (const hash of ['', '#/', '#/?periode=2026', '#/ikm', '#/ikm?q=kopi', '#/sentra/']) {
      const route = routeOfHash(hash);
      expect(route?.list, hash).toBe(true);
      expect(routeCodeKey(hash), hash).toBe(route?.page.path.slice(1));
    }
  });

  it('fetches nothing ahead for a record or a form, whose page loads its own code', () => {
    expect(routeOfHash('#/ikm/abc')?.list).toBe(false);
    expect(routeCodeKey('#/ikm/abc')).toBeUndefined();
    expect(routeCodeKey('#/ikm/baru')).toBeUndefined();
    expect(routeCodeKey('#/usulan/r1/n2')).toBeUndefined();
  });
});
