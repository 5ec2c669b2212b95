import type { StarScale } from '@shared/domain/award/award.schema';
import type { LetterInfo, TransitionContext } from '@shared/domain/nomination/nomination';
import type { Finding } from '@shared/domain/readiness/finding';
import type { OfficeLevel } from '@shared/domain/office/office-profile.schema';
import type { AppRepositories } from '../../../../db';

/**
 * What the workflow knows about the letter listing this nomination in a lampiran (a signed one
 * first): without it "Surat ditandatangani" and "Diunggah" can never be chosen on the Usulan page.
 */
export function loadLetterFacts(
  repos: Pick<AppRepositories, 'letters'>,
  nominationId: string,
): Promise<LetterInfo | undefined> {
  return repos.letters.letterFactsFor(nominationId);
}

export interface WorkflowInputs {
  at: string;
  userName: string;
  findings: readonly Finding[];
  starScale: StarScale;
  letter?: LetterInfo;
  note?: string;
  stars?: string;
  overrideNote?: string;
  officeLevel?: OfficeLevel;
}

/** The transition context of one step, from what the page loaded and what the user typed. */
export function workflowContext(i: WorkflowInputs): TransitionContext {
  const filled = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';
  return {
    at: i.at,
    by: i.userName,
    findings: i.findings,
    starScale: i.starScale,
    ...(i.officeLevel ? { officeLevel: i.officeLevel } : {}),
    ...(i.letter ? { letter: i.letter } : {}),
    ...(filled(i.note) ? { note: i.note } : {}),
    ...(filled(i.stars) ? { stars: Number(i.stars) } : {}),
    ...(filled(i.overrideNote) ? { overrideNote: i.overrideNote } : {}),
  };
}
