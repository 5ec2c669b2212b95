import type { RepositoryContext } from '../../db';
import { checkForLoss, type LossReference, type RecoveryCheck } from './snapshots';
import { errorText } from '../../ui/error-text';

/** The loss check; a thrown error becomes 'open-failed' (the gate offers a restore from a file). */
export function safeCheckForLoss(
  ctx: RepositoryContext,
  reference?: LossReference,
): Promise<RecoveryCheck> {
  return checkForLoss(ctx, reference).catch((e: unknown): RecoveryCheck => ({
    state: 'open-failed',
    message: errorText(e),
  }));
}

let started:
  { readonly ctx: RepositoryContext; readonly check: Promise<RecoveryCheck> } | undefined;

/**
 * Start-up (app/start-up.ts) runs the loss check as soon as the register is open, in parallel with
 * loading the first page, instead of after the frame rendered, and hands it over here.
 * RecoveryGate still waits for its answer before showing any page.
 */
export function setStartupLossCheck(ctx: RepositoryContext, check: Promise<RecoveryCheck>): void {
  started = { ctx, check };
}

/** The check handed over at start-up for `ctx`, given out once (a later gate checks afresh). */
export function takeStartupLossCheck(ctx: RepositoryContext): Promise<RecoveryCheck> | undefined {
  if (started?.ctx !== ctx) return undefined;
  const { check } = started;
  started = undefined;
  return check;
}
