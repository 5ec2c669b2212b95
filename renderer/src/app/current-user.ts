import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { useRepositories, type SettingsRepository } from '../db';

/**
 * The named user of this PC ("nama pengguna"): every audit entry records it. Stored in the
 * settings table (the repositories read it inside each write), mirrored here for the UI.
 */
let name: string | undefined;
let loaded = false;
/** Whether the stored name has been read (so "no name yet" is known, not just "not read yet"). */
let known = false;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

async function load(settings: SettingsRepository): Promise<void> {
  if (loaded) return;
  loaded = true;
  const stored = await settings.get('userName', z.string(), '');
  name = stored.trim() ? stored.trim() : undefined;
  known = true;
  emit();
}

/** Saves the name (validated and audited by the settings repository). */
async function setCurrentUserName(settings: SettingsRepository, next: string): Promise<void> {
  await settings.setUserName(next);
  name = next.trim();
  known = true;
  emit();
}

/** The current user name, or undefined while nobody has entered one. */
export function useCurrentUserName(): string | undefined {
  const { settings } = useRepositories();
  useEffect(() => {
    void load(settings);
  }, [settings]);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => name,
  );
}

/** True once the register has answered and no name is stored: the first start asks for one. */
export function useUserNameMissing(): boolean {
  const current = useCurrentUserName();
  const isKnown = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => known,
  );
  return isKnown && current === undefined;
}

/** Saves the user name through this window's settings repository. */
export function useSaveUserName(): (next: string) => Promise<void> {
  const { settings } = useRepositories();
  return useCallback((next: string) => setCurrentUserName(settings, next), [settings]);
}
