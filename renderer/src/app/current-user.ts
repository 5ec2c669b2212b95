import { useEffect, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { appRepositories } from '../db';

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

async function load(): Promise<void> {
  if (loaded) return;
  loaded = true;
  const stored = await appRepositories().settings.get('userName', z.string(), '');
  name = stored.trim() ? stored.trim() : undefined;
  known = true;
  emit();
}

/** Saves the name (validated and audited by the settings repository). */
export async function setCurrentUserName(next: string): Promise<void> {
  await appRepositories().settings.setUserName(next);
  name = next.trim();
  known = true;
  emit();
}

/** The current user name, or undefined while nobody has entered one. */
export function useCurrentUserName(): string | undefined {
  useEffect(() => {
    void load();
  }, []);
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
