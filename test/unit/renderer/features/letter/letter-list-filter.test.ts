import { describe, expect, it } from 'vitest';
import {
  filterLetters,
  letterFilterFromParams,
} from '../../../../../renderer/src/features/letter/letter-list-filter';
import { provinceLetter } from '../../../../support/factories/letter';

describe('letter register filter from Beranda links', () => {
  it("keeps the round's final letters still waiting for a signed copy", () => {
    const letters = [
      provinceLetter(1, { id: 'a', roundId: 'r1', status: 'final', number: '1' }),
      provinceLetter(1, {
        id: 'b',
        roundId: 'r1',
        status: 'final',
        number: '2',
        signedCopyHash: 'f'.repeat(64),
      }),
      provinceLetter(1, { id: 'c', roundId: 'r2', status: 'final', number: '3' }),
      provinceLetter(1, { id: 'd', roundId: 'r1', status: 'draft' }),
    ];
    const filter = letterFilterFromParams(new URLSearchParams('periode=r1&status=final'));
    expect(filterLetters(letters, filter).map((l) => l.id)).toEqual(['a']);
    expect(
      filterLetters(letters, letterFilterFromParams(new URLSearchParams(''))).map((l) => l.id),
    ).toEqual(['a', 'b', 'c', 'd']);
  });
});
