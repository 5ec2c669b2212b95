import { describe, expect, it } from 'vitest';
import { pickCurrentRound, summarizeRound } from '@shared/dashboard';
import { makeRound } from '../../../support/factories/round';
import { makeRoundRegister, type CandidateSpec } from '../../../support/factories/dashboard';

const TODAY = '2026-05-01';

describe('summarizeRound', () => {
  const cases: {
    name: string;
    specs: CandidateSpec[];
    expect: (s: ReturnType<typeof summarizeRound>) => void;
  }[] = [
    {
      name: 'an empty round has zero everywhere and the days left to 30 June',
      specs: [],
      expect: (s) => {
        expect(s.total).toBe(0);
        expect(Object.values(s.byStatus).every((n) => n === 0)).toBe(true);
        expect(s.daysLeft).toBe(60);
        expect(s.phase).toBe('dibuka');
      },
    },
    {
      name: 'counts every status, withdrawn included in the total but not in the active count',
      specs: [
        { kabKota: '63.03', status: 'draft' },
        { kabKota: '63.03', status: 'draft' },
        { kabKota: '63.04', status: 'divalidasi' },
        { kabKota: '63.71', status: 'ditarik' },
      ],
      expect: (s) => {
        expect(s.total).toBe(4);
        expect(s.active).toBe(3);
        expect(s.byStatus.draft).toBe(2);
        expect(s.byStatus.divalidasi).toBe(1);
        expect(s.byStatus.ditarik).toBe(1);
      },
    },
    {
      name: 'readiness counts only candidates still being prepared; missing records count as unknown',
      specs: [
        { kabKota: '63.03', light: 'siap' },
        { kabKota: '63.03', status: 'diperiksa', light: 'belum-siap' },
        { kabKota: '63.03', status: 'divalidasi', light: 'perlu-perhatian' },
        { kabKota: '63.03', status: 'diunggah', light: 'belum-siap' },
        { kabKota: '63.03' },
      ],
      expect: (s) => {
        expect(s.readiness).toEqual({ siap: 1, 'perlu-perhatian': 1, 'belum-siap': 1, unknown: 1 });
      },
    },
    {
      name: 'groups active nominations by commodity and kab/kota, ignoring withdrawn and deleted ones',
      specs: [
        { kabKota: '63.03', commodity: 'kain-tenun' },
        { kabKota: '63.03', commodity: 'kain-tenun' },
        { kabKota: '63.71', commodity: 'anyaman' },
        { kabKota: '63.71', commodity: 'anyaman', status: 'ditarik' },
        { kabKota: '63.04', commodity: 'gerabah', deleted: true },
      ],
      expect: (s) => {
        expect(s.byCommodity['kain-tenun']).toBe(2);
        expect(s.byCommodity.anyaman).toBe(1);
        expect(s.byCommodity.gerabah).toBe(0);
        expect(s.byKabKota).toEqual({ '63.03': 2, '63.71': 1 });
        expect(s.total).toBe(4);
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { round, candidates } = makeRoundRegister(c.specs);
      c.expect(summarizeRound(round, candidates, TODAY));
    });
  }

  it('ignores nominations of another round', () => {
    const a = makeRoundRegister([{ kabKota: '63.03' }]);
    const b = makeRoundRegister([{ kabKota: '63.03' }, { kabKota: '63.04' }]);
    expect(summarizeRound(a.round, [...a.candidates, ...b.candidates], TODAY).total).toBe(1);
  });

  it.each([
    ['2026-03-01', 'belum-dibuka', 121],
    ['2026-06-30', 'dibuka', 0],
    ['2026-07-05', 'ditutup', -5],
  ] as const)('on %s the window is %s with %i days left', (today, phase, days) => {
    const s = summarizeRound(makeRound(), [], today);
    expect(s.phase).toBe(phase);
    expect(s.daysLeft).toBe(days);
  });
});

describe('pickCurrentRound', () => {
  it('picks the newest year, then the latest opening', () => {
    const r2024 = makeRound({ year: 2024, opensOn: '2024-04-01' });
    const r2026a = makeRound({ year: 2026, opensOn: '2026-02-01' });
    const r2026b = makeRound({ year: 2026, opensOn: '2026-04-01' });
    expect(pickCurrentRound([r2024, r2026b, r2026a])?.id).toBe(r2026b.id);
    expect(pickCurrentRound([])).toBeUndefined();
  });
});
