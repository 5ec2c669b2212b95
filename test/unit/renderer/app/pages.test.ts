import { describe, expect, it } from 'vitest';
import { pages } from '@shared/commands/pages';
import { commands, matchesAccelerator, menus } from '@shared/commands/registry';
import { appPages, routeOfHash } from '../../../../renderer/src/app/pages';
import { navTargets } from '../../../../renderer/src/app/use-commands';

const keyDown = (key: string) => ({
  key,
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
});

describe('the one table of pages', () => {
  it('gives every page a route, a navigation entry with its icon, and its code', () => {
    expect(appPages.map((p) => p.key)).toEqual(pages.map((p) => p.key));
    for (const page of appPages) {
      expect(page.route, page.key).toBe(page.path === '/' ? '/' : `${page.path}/*`);
      expect(typeof page.Icon, page.key).not.toBe('undefined');
      expect(typeof page.page.preload, page.key).toBe('function');
      expect(page.shortcut, page.key).toMatch(/^Ctrl\+\d$/);
      expect(page.keyShortcut, page.key).toBe(page.shortcut.replace('Ctrl', 'Control'));
    }
  });

  it('gives every page a command with its label and shortcut, in the Tampilan menu', () => {
    const viewMenu = menus.find((m) => m.label === 'Tampilan')?.entries ?? [];
    const menuIds = viewMenu.flatMap((e) => (e.kind === 'command' ? [e.id] : []));
    expect(menuIds).toEqual(appPages.map((p) => p.command));
    for (const page of appPages) {
      const command = commands.find((c) => c.id === page.command);
      expect(command?.label, page.key).toBe(page.label);
      expect(command?.accelerator, page.key).toBe(page.shortcut.replace('Ctrl', 'CmdOrCtrl'));
    }
  });

  it('runs each page command by navigating to the page, also from its keyboard shortcut', () => {
    for (const page of appPages) {
      expect(navTargets[page.command], page.key).toBe(page.path);
      const pressed = keyDown(page.shortcut.split('+').pop() ?? '');
      const hit = commands.find((c) => c.accelerator && matchesAccelerator(c.accelerator, pressed));
      expect(hit?.id, page.key).toBe(page.command);
    }
  });

  it('has no two pages on one path or one shortcut', () => {
    expect(new Set(appPages.map((p) => p.path)).size).toBe(appPages.length);
    expect(new Set(appPages.map((p) => p.shortcut)).size).toBe(appPages.length);
  });
});

describe('the page a start-up URL points at (preloaded while the register opens)', () => {
  const at = (hash: string) => {
    const route = routeOfHash(hash);
    return route && { page: route.page.key, list: route.list };
  };

  it('maps each menu path to its page and tells the list from a detail or form', () => {
    expect(at('#/ikm')).toEqual({ page: 'ikm', list: true });
    expect(at('#/ikm/')).toEqual({ page: 'ikm', list: true });
    expect(at('#/ikm?cari=kerupuk')).toEqual({ page: 'ikm', list: true });
    expect(at('#/ikm/baru')).toEqual({ page: 'ikm', list: false });
    expect(at('#/ikm/ikm_123?tab=produk')).toEqual({ page: 'ikm', list: false });
    for (const page of appPages)
      expect(at(`#${page.path}`)).toEqual({ page: page.key, list: true });
  });

  it('opens the dashboard for an empty hash and preloads nothing for an unknown path', () => {
    expect(at('')).toEqual({ page: 'beranda', list: true });
    expect(at('#/')).toEqual({ page: 'beranda', list: true });
    expect(at('#/tidak-ada')).toBeUndefined();
  });
});
