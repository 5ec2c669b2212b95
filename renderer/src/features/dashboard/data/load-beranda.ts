import { pickCurrentRound, type DashboardData } from '@shared/dashboard';
import type { Round } from '@shared/domain/round/round.schema';
import type { AppRepositories } from '../../../db';
import {
  loadDashboard,
  loadRegisterBreakdown,
  loadRegisterState,
  withBreakdown,
  type RegisterState,
} from './load-dashboard';
import { errorText } from '../../../ui/error-text';

export type DashboardState =
  { status: 'loading' } | { status: 'error'; message: string } | BerandaReady;

export interface BerandaReady {
  status: 'ready';
  register: RegisterState;
  round?: Round;
  /** The round's figures; its per kab/kota and per commodity register bars are empty until `full`. */
  data?: DashboardData;
  /** `data` with the register breakdown counted (charts and the recap report use this). */
  full?: DashboardData;
  /** The breakdown could not be counted (the round's figures are still shown). */
  breakdownError?: string;
}

/**
 * Beranda's loading sequence, shared by the page (use-dashboard.ts) and start-up
 * (dashboard-prefetch.ts): the register totals, then the figures of the chosen round (the newest
 * when none is chosen), then the register breakdown per kab/kota and commodity. `show` gets each
 * stage as soon as it is there; the last call is the complete state. A failure before the round's
 * figures rejects; a failed breakdown is shown as `breakdownError` beside the figures.
 */
export async function loadBeranda(
  repos: AppRepositories,
  roundId: string | undefined,
  today: string,
  show: (state: BerandaReady) => void,
): Promise<void> {
  const register = await loadRegisterState(repos);
  const round = register.rounds.find((r) => r.id === roundId) ?? pickCurrentRound(register.rounds);
  if (!round) {
    show({ status: 'ready', register });
    return;
  }
  const { data, kabKota } = await loadDashboard(repos, register, round, today);
  const ready = { status: 'ready', register, round, data } as const;
  show(ready);
  try {
    const breakdown = await loadRegisterBreakdown(repos, register, kabKota);
    show({ ...ready, full: withBreakdown(data, breakdown) });
  } catch (error) {
    show({ ...ready, breakdownError: errorText(error) });
  }
}
