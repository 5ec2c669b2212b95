import { useEffect } from 'react';
import type { NavigateFunction } from 'react-router';
import { commands, matchesAccelerator, type CommandId } from '@shared/commands/registry';
import { isDesktop, onMenuCommand } from '../platform/api';
import { appPages } from './pages';
import { printCurrent } from './print-target';

/** Where a command takes the user: every page's own command, and the backup commands. */
export const navTargets: Partial<Record<CommandId, string>> = {
  ...Object.fromEntries(appPages.map((page) => [page.command, page.path])),
  'file.backup': '/pengaturan?tab=cadangan',
  'file.restore': '/pengaturan?tab=cadangan',
};

interface CommandHandlers {
  navigate: NavigateFunction;
  openAbout: () => void;
}

/** Runs registry commands from the native menu (Electron) and from keyboard shortcuts (both). */
export function useCommands({ navigate, openAbout }: CommandHandlers): void {
  useEffect(() => {
    const run = (id: CommandId): void => {
      const target = navTargets[id];
      if (target) navigate(target);
      else if (id === 'file.print') void printCurrent();
      else if (id === 'help.about') openAbout();
    };
    const onKey = (event: KeyboardEvent): void => {
      // In Electron the native menu owns these accelerators (every command is in a menu);
      // handling the key here too would run the command twice.
      if (isDesktop()) return;
      const hit = commands.find((c) => c.accelerator && matchesAccelerator(c.accelerator, event));
      if (!hit) return;
      event.preventDefault();
      run(hit.id);
    };
    window.addEventListener('keydown', onKey);
    const stop = onMenuCommand(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [navigate, openAbout]);
}
