import type { Letter } from '@shared/domain/letter';
import type { Nomination } from '@shared/domain/nomination/nomination';
import { buildAppRepositories } from '../../../renderer/src/db/app-repositories';
import type { RepositoryContext } from '../../../renderer/src/db/context';
import type { LetterRepository } from '../../../renderer/src/db/repositories/letter-repository';
import { ownOfficeId } from '../../../renderer/src/db/repositories/office-repository';
import { loadAnnexCandidates } from '../../../renderer/src/features/letter/letter-sources';
import { buildNewLetter } from '../../../renderer/src/features/letter/new-letter';
import { provinceOffice } from './letter';
import { seedRoundWithNominations } from './letter-register';

/**
 * A draft 2026 nomination letter of the province office stored through `letters`, listing a new
 * round's nominations of the given statuses (dated 1 March 2026).
 */
export async function draftLetterOf(
  ctx: RepositoryContext,
  letters: LetterRepository,
  statuses: readonly Nomination['status'][] = ['divalidasi'],
): Promise<Letter> {
  const { round } = await seedRoundWithNominations(ctx, statuses);
  const office = provinceOffice({ id: await ownOfficeId(ctx.db) });
  const candidates = await loadAnnexCandidates(buildAppRepositories(ctx), round.id);
  const letter = buildNewLetter(office, { id: round.id, year: 2026 }, candidates, 'dirjen', {
    letterId: ctx.newId(),
    now: '2026-03-01T08:00:00.000Z',
    date: '2026-03-01',
  });
  return letters.create(letter);
}

/** Every nominee of the letter as ready (the readiness `finalise` is given). */
export const allReady = (letter: Letter) =>
  letter.annexes.flatMap((a) => a.rows).map((r) => ({ nominationId: r.nominationId, ready: true }));
