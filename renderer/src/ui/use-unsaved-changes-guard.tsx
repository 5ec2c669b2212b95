import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useBlocker, type Blocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

export interface UnsavedChangesGuard {
  /** Render this inside the page (the confirm dialog). */
  readonly dialog: ReactNode;
  /**
   * Let the next navigation through (call right after a successful save). True when a navigation
   * the user asked for during the save went on instead: the page is being left.
   */
  readonly allowNext: () => boolean;
}

/**
 * Whether the user changed any field of a react-hook-form form (its `dirtyFields`). Not `isDirty`:
 * that compares every value with the defaults, and a field that registers after the first render
 * (e.g. an Autocomplete waiting for its options) adds a key the defaults lack, so an untouched form
 * asked "Perubahan belum disimpan" when left.
 */
export function hasEdits(dirtyFields: object): boolean {
  return Object.values(dirtyFields).some((v: unknown) =>
    typeof v === 'object' && v !== null ? hasEdits(v) : v === true,
  );
}

/**
 * Asks before leaving a form with unsaved changes: in-app navigation through the router's blocker,
 * closing or reloading the window through `beforeunload`. While `saving` (a save already asked
 * for, e.g. waiting behind a sync that holds the register), leaving waits for it: a save that
 * succeeds lets the navigation through (`allowNext`), one that fails asks.
 */
export function useUnsavedChangesGuard(dirty: boolean, saving = false): UnsavedChangesGuard {
  const dirtyRef = useRef(dirty);
  const bypass = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
    if (!dirty) bypass.current = false;
  }, [dirty]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (bypass.current) {
      bypass.current = false;
      return false;
    }
    return dirtyRef.current && currentLocation.pathname !== nextLocation.pathname;
  });
  const blockerRef = useRef<Blocker>(blocker);
  blockerRef.current = blocker;

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const allowNext = useCallback(() => {
    // A navigation asked for while the save was running goes on now that it is saved.
    if (blockerRef.current.state === 'blocked') {
      blockerRef.current.proceed();
      return true;
    }
    bypass.current = true;
    return false;
  }, []);

  const dialog = (
    <ConfirmDialog
      open={blocker.state === 'blocked' && !saving}
      title="Perubahan belum disimpan"
      message="Ada perubahan yang belum disimpan. Tinggalkan halaman ini dan buang perubahan tersebut?"
      confirmLabel="Tinggalkan"
      cancelLabel="Tetap di sini"
      destructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
  return { dialog, allowNext };
}
