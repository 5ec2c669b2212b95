import { lazy, Suspense, useEffect, useState } from 'react';
import {
  clearRestoreAttempt,
  unfinishedRestore,
  type RepositoryContext,
  type RestoreAttemptRecord,
} from '../../db';
import { useOpenedOnce } from '../../ui/use-opened-once';

const InterruptedRestoreDialog = lazy(() => import('./InterruptedRestoreDialog'));

/**
 * Shown once at start-up when a restore began and never committed (the window died mid-way): the
 * register is still the one from before, and the user is told how to try again.
 */
export function InterruptedRestoreNotice({ ctx }: { readonly ctx: RepositoryContext }) {
  const [attempt, setAttempt] = useState<RestoreAttemptRecord>();
  const found = useOpenedOnce(attempt !== undefined);

  useEffect(() => {
    let live = true;
    void unfinishedRestore(ctx.db)
      .then((record) => {
        if (live && record) setAttempt(record);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ctx]);

  const dismiss = () => {
    setAttempt(undefined);
    void clearRestoreAttempt(ctx.db).catch(() => undefined);
  };

  return found ? (
    <Suspense fallback={null}>
      <InterruptedRestoreDialog attempt={attempt} onDismiss={dismiss} />
    </Suspense>
  ) : null;
}
