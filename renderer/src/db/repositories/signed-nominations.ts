import { asLetterId } from '@shared/domain/common/ids';
import type { Letter } from '@shared/domain/letter';
import { transition } from '@shared/domain/nomination/nomination';
import { currentUser, nextTimestamp, type RepositoryContext } from '../context';
import type { SignedCopyResult } from './letter-contract';
import { nominationRepository } from './nomination-repository';

/**
 * Moves every nomination the signed letter lists to "surat-ditandatangani" where the workflow
 * allows it; the others are listed with the workflow's reason.
 */
export async function moveSignedNominations(
  ctx: RepositoryContext,
  letter: Letter,
): Promise<Omit<SignedCopyResult, 'letter'>> {
  const nominations = nominationRepository(ctx);
  const by = await currentUser(ctx.db);
  const moved: string[] = [];
  const refused: SignedCopyResult['refused'] = [];
  for (const row of letter.annexes.flatMap((a) => a.rows)) {
    const nomination = await nominations.get(row.nominationId);
    if (!nomination) {
      refused.push({
        nominationId: row.nominationId,
        name: row.enterpriseName,
        reason: 'Usulan tidak ditemukan',
      });
      continue;
    }
    const result = transition(nomination, 'surat-ditandatangani', {
      at: nextTimestamp(ctx, nomination.updatedAt),
      by,
      letter: { letterId: asLetterId(letter.id), listsNomination: true, hasSignedCopy: true },
    });
    if (!result.ok) {
      refused.push({
        nominationId: row.nominationId,
        name: row.enterpriseName,
        reason: result.reason,
      });
      continue;
    }
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = result.nomination;
    await nominations.update(nomination.id, input, nomination.updatedAt);
    moved.push(nomination.id);
  }
  return { moved, refused };
}
