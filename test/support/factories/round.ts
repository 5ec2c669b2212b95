import { asEnterpriseId, asNominationId, asProductId, asRoundId } from '@shared/domain/common/ids';
import { newNomination, type Nomination } from '@shared/domain/nomination/nomination';
import { defaultRound, type Round } from '@shared/domain/round/round';
import { FIXED_AT, makeReadyFoodCandidate, nextId } from './register';

export function makeRound(overrides: Partial<Round> = {}): Round {
  return {
    ...defaultRound(2026, { id: asRoundId(nextId('periode')), at: FIXED_AT }),
    ...overrides,
  };
}

export function makeNomination(overrides: Partial<Nomination> = {}): Nomination {
  const base = newNomination(
    {
      id: asNominationId(nextId('usulan')),
      roundId: overrides.roundId ?? asRoundId('periode-0'),
      enterpriseId: overrides.enterpriseId ?? asEnterpriseId('ikm-0'),
      productId: overrides.productId ?? asProductId('produk-0'),
      kind: 'baru',
    },
    { at: FIXED_AT, by: 'Rina (Disperin Banjar)' },
  );
  return { ...base, ...overrides };
}

/** A complete readiness input for a ready food candidate in a default 2026 round. */
export function makeReadinessInput(overrides: { round?: Partial<Round> } = {}) {
  const candidate = makeReadyFoodCandidate();
  const round = makeRound(overrides.round);
  const nomination = makeNomination({
    roundId: round.id,
    enterpriseId: candidate.enterprise.id,
    productId: candidate.product.id,
  });
  return { ...candidate, round, nomination };
}
