import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { commands } from '@shared/commands/registry';
import { buildMenuTemplate } from '../../../../electron/main/menu-template';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : []));
}

describe('native menu template', () => {
  it('has the four Indonesian menus in order', () => {
    expect(buildMenuTemplate(() => undefined).map((m) => m.label)).toEqual([
      'Berkas',
      'Sunting',
      'Tampilan',
      'Bantuan',
    ]);
  });

  it('gives each command item its registry id, label and accelerator, and runs that command on click', () => {
    const run = vi.fn();
    const commandItems = items(buildMenuTemplate(run)).filter((item) => item.id !== undefined);
    expect(commandItems.length).toBeGreaterThan(0);
    for (const item of commandItems) {
      const command = commands.find((c) => c.id === item.id);
      expect(command, `menu id ${item.id}`).toBeDefined();
      expect(item.label).toBe(command?.label);
      expect(item.accelerator).toBe(command?.accelerator);
    }
    const print = commandItems.find((item) => item.id === 'file.print');
    print?.click?.({} as never, undefined, {} as never);
    expect(run).toHaveBeenCalledWith('file.print');
  });

  it('uses Electron roles for editing with Indonesian labels', () => {
    const roles = items(buildMenuTemplate(() => undefined)).filter(
      (item) => item.role !== undefined,
    );
    expect(roles.find((item) => item.role === 'copy')?.label).toBe('Salin');
    expect(roles.find((item) => item.role === 'quit')?.label).toBe('Keluar');
  });

  it('fails at build time on an unknown role rather than showing a dead item', () => {
    expect(() =>
      buildMenuTemplate(
        () => undefined,
        [{ label: 'X', entries: [{ kind: 'role', role: 'openDevToolsForever', label: 'X' }] }],
      ),
    ).toThrow(/tidak dikenal/);
  });
});
