import { describe, expect, it } from 'vitest';
import { routeOfHash } from '../../../../renderer/src/app/page-loaders';

describe('the page a start-up URL points at (preloaded while the register opens)', () => {
  it('maps each menu path to its page and tells the list from a detail or form', () => {
    expect(routeOfHash('#/ikm')).toEqual({ page: 'enterprise', list: true });
    expect(routeOfHash('#/ikm/')).toEqual({ page: 'enterprise', list: true });
    expect(routeOfHash('#/ikm?cari=kerupuk')).toEqual({ page: 'enterprise', list: true });
    expect(routeOfHash('#/ikm/baru')).toEqual({ page: 'enterprise', list: false });
    expect(routeOfHash('#/ikm/ikm_123?tab=produk')).toEqual({ page: 'enterprise', list: false });
    expect(routeOfHash('#/sentra')).toEqual({ page: 'sentra', list: true });
    expect(routeOfHash('#/usulan')?.page).toBe('nomination');
    expect(routeOfHash('#/surat')?.page).toBe('letter');
    expect(routeOfHash('#/paket')?.page).toBe('pack');
    expect(routeOfHash('#/pengaturan')?.page).toBe('settings');
  });

  it('opens the dashboard for an empty hash and preloads nothing for an unknown path', () => {
    expect(routeOfHash('')).toEqual({ page: 'dashboard', list: true });
    expect(routeOfHash('#/')).toEqual({ page: 'dashboard', list: true });
    expect(routeOfHash('#/tidak-ada')).toBeUndefined();
  });
});
