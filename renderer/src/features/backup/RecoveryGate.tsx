import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import { useRepositories } from '../../db';
import { dailySnapshotIfDue, refreshWebMarker } from './snapshots';
import { safeCheckForLoss, takeStartupLossCheck } from './startup-check';
import { InterruptedRestoreNotice } from './InterruptedRestoreNotice';
import { useOpenedOnce } from '../../ui/use-opened-once';
import type { LossCheck } from './RecoveryPage';

// The recovery page and its restore code load only when a check fails (never on an ordinary start).
const RecoveryPage = lazy(() => import('./RecoveryPage'));
const RestoredNotice = lazy(() =>
  import('./RecoveryPage').then((module) => ({ default: module.RestoredNotice })),
);

type GateState =
  | { phase: 'checking' }
  | { phase: 'ok'; restoredFrom?: string }
  | { phase: 'loss'; check: LossCheck };

const checking = <LinearProgress aria-label="Memeriksa register" />;

/**
 * Start-up guard: checks the register against the newest snapshot (desktop) or the browser's
 * marker (web) before any page shows, so a wiped database is never shown as an empty register.
 */
export function RecoveryGate({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<GateState>({ phase: 'checking' });
  const ctx = useRepositories().ctx;
  const restoredFrom = state.phase === 'ok' ? state.restoredFrom : undefined;
  const restored = useOpenedOnce(restoredFrom !== undefined);

  useEffect(() => {
    let live = true;
    // Begun at start-up (app/start-up.ts) when the register opened; a later mount checks afresh.
    void (takeStartupLossCheck(ctx) ?? safeCheckForLoss(ctx)).then(async (check) => {
      if (!live) return;
      if (check.state === 'ok') {
        setState({ phase: 'ok' });
        await refreshWebMarker(ctx).catch(() => undefined);
        await dailySnapshotIfDue(ctx).catch(() => undefined);
      } else setState({ phase: 'loss', check });
    });
    return () => {
      live = false;
    };
  }, [ctx]);

  if (state.phase === 'checking') return checking;
  if (state.phase === 'loss') {
    return (
      <Suspense fallback={checking}>
        <RecoveryPage
          ctx={ctx}
          check={state.check}
          onRestored={(from) => setState({ phase: 'ok', restoredFrom: from })}
          onContinue={() => setState({ phase: 'ok' })}
        />
      </Suspense>
    );
  }
  return (
    <>
      {restored ? (
        <Suspense fallback={null}>
          <RestoredNotice restoredFrom={restoredFrom} onClose={() => setState({ phase: 'ok' })} />
        </Suspense>
      ) : null}
      <InterruptedRestoreNotice ctx={ctx} />
      {children}
    </>
  );
}
