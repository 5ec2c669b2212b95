import type { ReadinessRule } from './rule';

/* The nomination itself: a re-evaluation names the award it re-evaluates. */

export const reEvaluationRule: ReadinessRule = {
  code: 're-evaluation-no-award',
  description: 'Evaluasi ulang menunjuk penghargaan sebelumnya',
  check: ({ nomination }) =>
    nomination && nomination.kind === 'evaluasi-ulang' && nomination.awardId === undefined
      ? [
          {
            code: 're-evaluation-no-award',
            severity: 'blocking',
            message: 'Pilih penghargaan bintang yang dievaluasi ulang',
            target: { entity: 'nomination', id: nomination.id, field: 'awardId' },
          },
        ]
      : [],
};
