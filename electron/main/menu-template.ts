import type { MenuItemConstructorOptions } from 'electron';
import type { CommandId, MenuSpec } from '@shared/commands/registry';
import { findCommand, menus } from '@shared/commands/registry';

/** Electron roles the registry may name; anything else is a registry mistake and throws. */
const knownRoles = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'quit',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'reload',
  'toggleDevTools',
  'minimize',
  'close',
] as const;
type KnownRole = (typeof knownRoles)[number];

function isKnownRole(role: string): role is KnownRole {
  return (knownRoles as readonly string[]).includes(role);
}

/**
 * The native menu as plain data, built from the shared command registry. A command item carries
 * the command id as its menu id (so tests can click it by id) and calls `run(id)` when clicked;
 * main forwards that to the renderer as a `command:run` event.
 */
export function buildMenuTemplate(
  run: (id: CommandId) => void,
  specs: readonly MenuSpec[] = menus,
): MenuItemConstructorOptions[] {
  // Every id in the menus must exist in the registry: fail at start-up, not on click.
  for (const spec of specs) {
    for (const entry of spec.entries) if (entry.kind === 'command') findCommand(entry.id);
  }
  return specs.map((spec) => ({
    label: spec.label,
    submenu: spec.entries.map((entry): MenuItemConstructorOptions => {
      if (entry.kind === 'separator') return { type: 'separator' };
      if (entry.kind === 'role') {
        if (!isKnownRole(entry.role)) throw new Error(`Peran menu tidak dikenal: ${entry.role}`);
        return { role: entry.role, label: entry.label };
      }
      const command = findCommand(entry.id);
      return {
        id: command.id,
        label: command.label,
        ...(command.accelerator ? { accelerator: command.accelerator } : {}),
        click: () => run(command.id),
      };
    }),
  }));
}
