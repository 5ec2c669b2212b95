import { describe, expect, it } from 'vitest';
import {
  awardHistory,
  credentialsExpiringBeforeClose,
  formatCount,
  lettersAwaitingSignedCopy,
  type AwardFact,
} from '@shared/dashboard';
import { asEnterpriseId } from '@shared/domain/common/ids';
import { makeCredential } from '../../../support/factories/register';
import { makeRound } from '../../../support/factories/round';
import { makeLetterSummary } from '../../../support/factories/dashboard';

describe('credentialsExpiringBeforeClose', () => {
  const round = makeRound({ closesOn: '2026-06-30' });
  const names = new Map([['ikm-a', 'UD Sasirangan Indah']]);
  it.each([
    {
      expiresOn: '2026-06-29',
      listed: true,
      alreadyExpired: false,
      why: 'ends the day before closing',
    },
    {
      expiresOn: '2026-06-30',
      listed: false,
      alreadyExpired: false,
      why: 'still valid on the closing day',
    },
    { expiresOn: '2026-04-01', listed: true, alreadyExpired: true, why: 'already expired today' },
    { expiresOn: undefined, listed: false, alreadyExpired: false, why: 'has no end date' },
  ])('a credential that $why is listed: $listed', ({ expiresOn, listed, alreadyExpired }) => {
    const c = makeCredential({ enterpriseId: asEnterpriseId('ikm-a'), expiresOn });
    const out = credentialsExpiringBeforeClose(round, '2026-05-01', [c], names);
    expect(out.length).toBe(listed ? 1 : 0);
    if (listed)
      expect(out[0]).toMatchObject({ enterpriseName: 'UD Sasirangan Indah', alreadyExpired });
  });

  it('leaves deleted credentials out and sorts by end date', () => {
    const late = makeCredential({ expiresOn: '2026-06-01' });
    const early = makeCredential({ expiresOn: '2026-05-10' });
    const gone = makeCredential({ expiresOn: '2026-05-05', deletedAt: '2026-03-01T00:00:00.000Z' });
    expect(
      credentialsExpiringBeforeClose(round, '2026-05-01', [late, gone, early], new Map()).map(
        (c) => c.credentialId,
      ),
    ).toEqual([early.id, late.id]);
  });
});

describe('lettersAwaitingSignedCopy', () => {
  it('lists only final letters of the round with no signed copy', () => {
    const waiting = makeLetterSummary({ roundId: 'r1' });
    const letters = [
      waiting,
      makeLetterSummary({ roundId: 'r1', signedCopyHash: 'a'.repeat(64) }),
      makeLetterSummary({ roundId: 'r1', status: 'draft' }),
      makeLetterSummary({ roundId: 'r1', status: 'signed' }),
      makeLetterSummary({ roundId: 'r2' }),
    ];
    expect(lettersAwaitingSignedCopy('r1', letters)).toEqual([waiting]);
  });
});

describe('awardHistory', () => {
  const fact = (o: Partial<AwardFact>): AwardFact => ({
    enterpriseId: 'ikm-1',
    year: 2018,
    stars: 3,
    scale: 5,
    ...o,
  });
  it('keeps the 1–5 and 1–3 scales apart: a 3★ of 5 is not a 3★ of 3', () => {
    const h = awardHistory([
      fact({ enterpriseId: 'a', year: 2016, stars: 3, scale: 5 }),
      fact({ enterpriseId: 'b', year: 2024, stars: 3, scale: 3 }),
    ]);
    expect(h[5]).toEqual([{ year: 2016, stars: [0, 0, 1, 0, 0], total: 1 }]);
    expect(h[3]).toEqual([{ year: 2024, stars: [0, 0, 1], total: 1 }]);
  });
  it('counts stars per year, years ascending, the same IKM once per year and scale', () => {
    const h = awardHistory([
      fact({ enterpriseId: 'a', year: 2024, stars: 2, scale: 3 }),
      fact({ enterpriseId: 'a', year: 2024, stars: 2, scale: 3 }),
      fact({ enterpriseId: 'b', year: 2024, stars: 1, scale: 3 }),
      fact({ enterpriseId: 'c', year: 2026, stars: 3, scale: 3 }),
      fact({ enterpriseId: 'd', year: 2024, stars: 4, scale: 3 }),
    ]);
    expect(h[3]).toEqual([
      { year: 2024, stars: [1, 1, 0], total: 2 },
      { year: 2026, stars: [0, 0, 1], total: 1 },
    ]);
    expect(h[5]).toEqual([]);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1250, '1.250'],
    [100000, '100.000'],
  ])('%i → %s', (n, text) => expect(formatCount(n)).toBe(text));
});
