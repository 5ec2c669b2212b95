import { describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/letter';
import {
  transition,
  transitionOptions,
  type Nomination,
} from '@shared/domain/nomination/nomination';
import { buildAppRepositories } from '../../../../../../renderer/src/db/app-repositories';
import { indexedDbBlobStore } from '../../../../../../renderer/src/db/blob-store';
import { ownOfficeId } from '../../../../../../renderer/src/db/repositories/office-repository';
import { loadAnnexCandidates } from '../../../../../../renderer/src/features/letter/letter-sources';
import { buildNewLetter } from '../../../../../../renderer/src/features/letter/new-letter';
import { saveNomination } from '../../../../../../renderer/src/features/round/nomination/data/save-nomination';
import {
  loadLetterFacts,
  workflowContext,
} from '../../../../../../renderer/src/features/round/nomination/data/workflow-context';
import { makeContext } from '../../../../../support/factories/db';
import { provinceOffice } from '../../../../../support/factories/letter';
import {
  pdfLikeBytes,
  seedRoundWithNominations,
} from '../../../../../support/factories/letter-register';

const render = (letter: Letter) => Promise.resolve(pdfLikeBytes(`nomor ${letter.number ?? ''}`));

/** A round with one checked ('diperiksa') and one validated nomination; only the first is in a signed letter. */
async function setup() {
  const ctx = await makeContext({ userName: 'Rina', start: '2026-03-01T08:00:00.000Z' });
  const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
  await repos.office.save(provinceOffice({ id: await ownOfficeId(ctx.db) }));
  const { round, nominations } = await seedRoundWithNominations(ctx, ['diperiksa', 'divalidasi']);
  const [listed, unlisted] = nominations as [Nomination, Nomination];
  const candidates = (await loadAnnexCandidates(buildAppRepositories(ctx), round.id)).filter(
    (c) => c.nomination.id === listed.id,
  );
  const draft = await repos.letters.create(
    buildNewLetter(
      provinceOffice({ id: await ownOfficeId(ctx.db) }),
      { id: round.id, year: 2026 },
      candidates,
      'dirjen',
      { letterId: 'surat-1', now: '2026-03-01T08:00:00.000Z', date: '2026-03-01' },
    ),
  );
  const final = await repos.letters.finalise(
    draft.id,
    [{ nominationId: listed.id, ready: true }],
    render,
  );
  return { ctx, repos, listed, unlisted, final };
}

const base = {
  at: '2026-03-02T08:00:00.000Z',
  userName: 'Rina',
  findings: [],
  starScale: 5 as const,
};

describe('Usulan workflow with the letter register', () => {
  it('lets a nomination validated after the letter was signed move to "surat ditandatangani" and then "diunggah"', async () => {
    const { repos, listed, final } = await setup();
    // Signed while the nomination was still only checked: the automatic move refuses it.
    const signed = await repos.letters.attachSignedCopy(final.id, pdfLikeBytes('pindaian'));
    expect(signed.refused.map((r) => r.nominationId)).toEqual([listed.id]);

    const validated = transition(listed, 'divalidasi', workflowContext(base));
    if (!validated.ok) throw new Error(validated.reason);
    const stored = await saveNomination(repos, listed, validated.nomination);

    const letter = await loadLetterFacts(repos, stored.id);
    expect(letter).toEqual({ letterId: final.id, listsNomination: true, hasSignedCopy: true });
    const options = transitionOptions(
      stored,
      workflowContext({ ...base, ...(letter ? { letter } : {}) }),
    );
    expect(options.find((o) => o.to === 'surat-ditandatangani')?.refusedBecause).toBeUndefined();

    const moved = transition(
      stored,
      'surat-ditandatangani',
      workflowContext({ ...base, ...(letter ? { letter } : {}) }),
    );
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.nomination.letterId).toBe(final.id);
    const afterSign = await saveNomination(repos, stored, moved.nomination);
    const uploaded = transition(
      afterSign,
      'diunggah',
      workflowContext({ ...base, at: '2026-03-03T08:00:00.000Z', ...(letter ? { letter } : {}) }),
    );
    expect(uploaded.ok).toBe(true);
  });

  it('still refuses "surat ditandatangani" for a nomination no letter lists, and for a letter without signed copy', async () => {
    const { repos, listed, unlisted } = await setup();
    expect(await loadLetterFacts(repos, unlisted.id)).toBeUndefined();
    const refused = transition(unlisted, 'surat-ditandatangani', workflowContext(base));
    expect(refused.ok ? '' : refused.reason).toContain(
      'belum tercantum dalam lampiran surat usulan',
    );

    const validated = transition(listed, 'divalidasi', workflowContext(base));
    if (!validated.ok) throw new Error(validated.reason);
    const letter = await loadLetterFacts(repos, listed.id);
    expect(letter?.hasSignedCopy).toBe(false);
    const unsigned = transition(
      validated.nomination,
      'surat-ditandatangani',
      workflowContext({ ...base, ...(letter ? { letter } : {}) }),
    );
    expect(unsigned.ok).toBe(false);
  });
});
