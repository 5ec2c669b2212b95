import { describe, expect, it } from 'vitest';
import { asRoundId } from '@shared/domain/common/ids';
import {
  createRoundFrom,
  daysLeft,
  defaultRound,
  roundPhase,
  roundSchema,
  withoutBlankRequestLetter,
} from '@shared/domain/round/round';
import { makeRound } from '../../../../support/factories/round';

const at = '2026-01-15T09:00:00.000Z';

describe('defaultRound', () => {
  it('is named after the year, opens 1 April, closes 30 June, asks for 2 sentra and 3 photos', () => {
    const r = defaultRound(2026, { id: asRoundId('r1'), at });
    expect(r).toMatchObject({
      name: 'OVOP 2026',
      opensOn: '2026-04-01',
      closesOn: '2026-06-30',
      starScale: 3,
      quota: { minSentraPerKabKota: 2, minEnterprisePerKabKota: 0 },
      requiredPhotos: 3,
      minMonthsProducedPerYear: 12,
    });
    expect(roundSchema.safeParse(r).success).toBe(true);
  });

  it('has a checklist for every commodity', () => {
    const r = defaultRound(2026, { id: asRoundId('r1'), at });
    expect(Object.keys(r.documentChecklist).sort()).toEqual([
      'anyaman',
      'gerabah',
      'kain-batik',
      'kain-tenun',
      'lainnya',
      'makanan-minuman',
    ]);
  });
});

describe('createRoundFrom', () => {
  it('copies settings and shifts dates by the years between rounds', () => {
    const previous = makeRound({
      year: 2024,
      name: 'OVOP 2024',
      opensOn: '2024-02-29',
      closesOn: '2024-06-15',
      starScale: 3,
      quota: { minSentraPerKabKota: 3, minEnterprisePerKabKota: 1 },
      requiredPhotos: 5,
      rubric: { version: 'v1', criteria: [{ id: 'keunikan', label: 'Keunikan', weight: 30 }] },
    });
    const next = createRoundFrom(previous, 2026, { id: asRoundId('r2026'), at });
    expect(next).toMatchObject({
      id: 'r2026',
      year: 2026,
      name: 'OVOP 2026',
      opensOn: '2026-02-28',
      closesOn: '2026-06-15',
      starScale: 3,
      quota: { minSentraPerKabKota: 3, minEnterprisePerKabKota: 1 },
      requiredPhotos: 5,
      rubric: { version: 'v1', criteria: [{ id: 'keunikan', label: 'Keunikan', weight: 30 }] },
      createdAt: at,
    });
  });

  it('does not share the checklist with the previous round (editing one leaves the other)', () => {
    const previous = makeRound({ year: 2024 });
    const next = createRoundFrom(previous, 2026, { id: asRoundId('r2026'), at });
    next.documentChecklist.gerabah.push({
      id: 'x',
      label: 'Sertifikat SNI',
      kind: 'sni',
      minCount: 1,
    });
    next.quota.minSentraPerKabKota = 9;
    expect(previous.documentChecklist.gerabah.map((i) => i.id)).not.toContain('x');
    expect(previous.quota.minSentraPerKabKota).toBe(2);
  });
});

describe('daysLeft and roundPhase', () => {
  const round = makeRound({ opensOn: '2026-04-01', closesOn: '2026-06-30' });
  it.each([
    ['2026-03-31', 91, 'belum-dibuka'],
    ['2026-04-01', 90, 'dibuka'],
    ['2026-06-29', 1, 'dibuka'],
    ['2026-06-30', 0, 'dibuka'],
    ['2026-07-01', -1, 'ditutup'],
  ] as const)('on %s: %i days left, %s', (today, days, phase) => {
    expect(daysLeft(round, today)).toBe(days);
    expect(roundPhase(round, today)).toBe(phase);
  });
});

describe('round schema', () => {
  it('refuses a window that closes before it opens', () => {
    const result = roundSchema.safeParse(
      makeRound({ opensOn: '2026-06-30', closesOn: '2026-04-01' }),
    );
    expect(result.error?.issues[0]?.message).toBe(
      'Tanggal penutupan tidak boleh sebelum tanggal pembukaan',
    );
  });

  it('refuses a star scale of 4', () => {
    expect(roundSchema.safeParse({ ...makeRound(), starScale: 4 }).error?.issues[0]?.message).toBe(
      'Skala bintang harus 5 atau 3',
    );
  });
});

describe('withoutBlankRequestLetter', () => {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = makeRound();
  it('stores no ministry letter when all three of its fields were left empty', () => {
    const saved = withoutBlankRequestLetter({
      ...form,
      requestLetter: { number: '', date: '', hal: '' },
    });
    const { requestLetter: _r, ...rest } = form;
    expect(saved).not.toHaveProperty('requestLetter');
    expect(saved).toEqual(rest);
  });
  it('keeps a letter with any field given, and a form without one as it is', () => {
    const partly = { ...form, requestLetter: { number: '', date: '2026-02-10', hal: '' } };
    expect(withoutBlankRequestLetter(partly)).toEqual(partly);
    const { requestLetter: _r, ...none } = form;
    expect(withoutBlankRequestLetter(none)).toEqual(none);
  });
});
