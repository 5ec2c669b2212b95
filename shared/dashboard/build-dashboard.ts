import type { AwardRecord } from '../domain/award/award.schema';
import type { IsoDate } from '../domain/common/date';
import type { NominationId } from '../domain/common/ids';
import type { Credential } from '../domain/credential/credential.schema';
import type { Enterprise } from '../domain/enterprise/enterprise.schema';
import type { ReadinessLight } from '../domain/readiness/finding';
import { roundOverview, type KabKota } from '../domain/round-overview/round-overview';
import type { Round } from '../domain/round/round.schema';
import type { Sentra } from '../domain/sentra/sentra.schema';
import { awardHistory, type AwardFact } from './award-history';
import type { DashboardData, RegisterCounts } from './dashboard-model';
import {
  credentialsExpiringBeforeClose,
  lettersAwaitingSignedCopy,
  type LetterSummary,
} from './deadlines';
import { summarizeRound, type DashboardCandidate } from './round-summary';

/** What the page loads once for the selected round (nominated IKM only, never the whole register). */
export interface DashboardInput {
  round: Round;
  today: IsoDate;
  candidates: readonly DashboardCandidate[];
  /** The nominated IKM and their sentra (for the quota table). */
  enterprises: readonly Enterprise[];
  sentras: readonly Sentra[];
  kabKota: readonly KabKota[];
  register: RegisterCounts;
  /** Credentials of the nominated IKM. */
  credentials: readonly Credential[];
  letters: readonly LetterSummary[];
  /** Earlier awards in the register. */
  awardRecords: readonly AwardRecord[];
  /** Awards recorded on nominations of every round ('dianugerahi'), as facts. */
  awardedNominations: readonly AwardFact[];
}

/** Assembles every figure of Beranda for one round; each part is a single pass over its rows. */
export function buildDashboard(input: DashboardInput): DashboardData {
  const { round, today } = input;
  const lights = new Map<NominationId, ReadinessLight>();
  const activeEnterprises = new Set<string>();
  for (const c of input.candidates) {
    if (c.light) lights.set(c.nomination.id, c.light);
    if (
      c.nomination.roundId === round.id &&
      c.nomination.deletedAt === undefined &&
      c.nomination.status !== 'ditarik'
    )
      activeEnterprises.add(c.nomination.enterpriseId);
  }
  const names = new Map(input.enterprises.map((e) => [e.id as string, e.name]));
  const overview = roundOverview(
    round,
    input.candidates.map((c) => c.nomination),
    input.enterprises,
    input.sentras,
    input.kabKota,
    lights,
  );
  const facts: AwardFact[] = [
    ...input.awardRecords
      .filter((a) => a.deletedAt === undefined)
      .map((a) => ({ enterpriseId: a.enterpriseId, year: a.year, stars: a.stars, scale: a.scale })),
    ...input.awardedNominations,
  ];
  return {
    round: {
      id: round.id,
      name: round.name,
      year: round.year,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      starScale: round.starScale,
      quota: round.quota,
    },
    today,
    summary: summarizeRound(round, input.candidates, today),
    quota: overview.rows,
    register: input.register,
    expiring: credentialsExpiringBeforeClose(
      round,
      today,
      input.credentials.filter((c) => activeEnterprises.has(c.enterpriseId)),
      names,
    ),
    letters: lettersAwaitingSignedCopy(round.id, input.letters),
    awards: awardHistory(facts),
  };
}
