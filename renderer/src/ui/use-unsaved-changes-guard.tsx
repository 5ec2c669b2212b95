import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

export interface UnsavedChangesGuard {
  /** Render this inside the page (the confirm dialog). */
  readonly dialog: ReactNode;
  /** Let the next navigation through (call right after a successful save). */
  readonly allowNext: () => void;
}

/**
 * Asks before leaving a form with unsaved changes: in-app navigation through the router's blocker,
 * closing or reloading the window through `beforeunload`.
 */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChangesGuard {
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

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const allowNext = useCallback(() => {
    bypass.current = true;
  }, []);

  const dialog = (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
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
