import { describe, expect, it } from 'vitest';
import { lateNominationWarning } from '@shared/domain/round/late-nomination';

const round = { name: 'OVOP 2026', closesOn: '2026-06-30' };

describe('late nomination warning', () => {
  it('says how many days ago the window closed', () => {
    expect(lateNominationWarning(round, '2026-07-12')).toMatch(
      /^Periode usulan ditutup 12 hari yang lalu \(30 Juni 2026\)\./,
    );
    expect(lateNominationWarning(round, '2026-07-01')).toMatch(/^Periode usulan ditutup kemarin/);
  });

  it('stays silent up to and on the closing day', () => {
    expect(lateNominationWarning(round, '2026-06-30')).toBeUndefined();
    expect(lateNominationWarning(round, '2026-04-01')).toBeUndefined();
  });
});
