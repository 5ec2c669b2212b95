import { describe, expect, it } from 'vitest';
import { asAwardId } from '@shared/domain/common/ids';
import {
  RE_EVALUATION_NO_LETTER,
  allowedTransitions,
  needsProposalLetter,
  transition,
  type NominationStatus,
} from '@shared/domain/nomination/nomination';
import { DEFAULT_PACK_LIMITS } from '@shared/pack/pack-limits';
import { buildPackPlan } from '@shared/pack/pack-plan';
import { preflight } from '@shared/pack/preflight';
import { makePackInput, makePackLetter, makePackNominee } from '../../../../support/factories/pack';
import { makeNomination, makeRound } from '../../../../support/factories/round';

const at = '2026-05-02T10:00:00.000Z';
const reEvaluation = (status: NominationStatus) =>
  makeNomination({ kind: 'evaluasi-ulang', awardId: asAwardId('bintang-2024'), status });

describe('re-evaluation needs no new letter or portal upload', () => {
  it('says so in Indonesian: no new surat usulan and no portal upload', () => {
    expect(needsProposalLetter(reEvaluation('draft'))).toBe(false);
    expect(needsProposalLetter(makeNomination())).toBe(true);
    expect(RE_EVALUATION_NO_LETTER).toContain('tidak memerlukan surat usulan baru');
    expect(RE_EVALUATION_NO_LETTER).toContain('tidak diunggah ke portal');
  });

  it('goes from validation straight to assessment, never through the letter, upload or administrative selection', () => {
    expect(allowedTransitions(reEvaluation('divalidasi'))).toEqual([
      'dinilai',
      'diperiksa',
      'ditarik',
    ]);
    expect(allowedTransitions(reEvaluation('diperiksa'), 'kabupaten')).toEqual([
      'dinilai',
      'draft',
      'ditarik',
    ]);
    for (const status of ['draft', 'diperiksa', 'divalidasi', 'dinilai'] as const)
      for (const level of ['provinsi', 'kabupaten'] as const)
        for (const step of ['surat-ditandatangani', 'diunggah', 'lolos-administrasi'] as const)
          expect(allowedTransitions(reEvaluation(status), level)).not.toContain(step);
    // A new nomination keeps its letter step.
    expect(allowedTransitions(makeNomination({ status: 'divalidasi' }))).toContain(
      'surat-ditandatangani',
    );
  });

  it('is assessed without any letter in the context', () => {
    const result = transition(reEvaluation('divalidasi'), 'dinilai', { at, by: 'Rina' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.nomination.status).toBe('dinilai');
    expect(result.nomination.letterId).toBeUndefined();
  });

  it('stays out of the pack with the reason in the pre-flight, and the pack does not ask for it in a letter', () => {
    const round = makeRound();
    const packed = makePackNominee({ enterpriseName: 'Usulan Baru' });
    const again = makePackNominee({ enterpriseName: 'Evaluasi Ulang' });
    const nominees = [
      { ...packed, nomination: { ...packed.nomination, roundId: round.id, status: 'divalidasi' } },
      {
        ...again,
        nomination: {
          ...again.nomination,
          roundId: round.id,
          status: 'divalidasi',
          kind: 'evaluasi-ulang',
          awardId: asAwardId('bintang-2024'),
        },
      },
    ] as const;
    const plan = buildPackPlan(
      makePackInput({
        round,
        nominees: [...nominees],
        letters: [makePackLetter(round.id, [nominees[0]])],
      }),
    );
    expect(plan.folders.map((f) => f.enterpriseName)).toEqual(['Usulan Baru']);
    const messages = preflight(plan, DEFAULT_PACK_LIMITS, 3).map((p) => p.message);
    expect(messages).toContain(
      'Evaluasi Ulang tidak ikut dalam paket: evaluasi ulang penerima bintang, tidak perlu surat usulan baru dan tidak diunggah ke portal.',
    );
    expect(messages.join('\n')).not.toMatch(/Evaluasi Ulang.*tercantum dalam lampiran/);
  });
});
