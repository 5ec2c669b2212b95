import { describe, expect, it } from 'vitest';
import type { NominationId } from '@shared/domain/common/ids';
import type { ReadinessLight } from '@shared/domain/readiness/finding';
import { roundOverview } from '@shared/domain/round-overview/round-overview';
import { makeEnterprise, makeSentra } from '../../../../support/factories/register';
import { makeNomination, makeRound } from '../../../../support/factories/round';

const kabKotaList = [
  { code: '63.03', name: 'Kabupaten Banjar' },
  { code: '63.04', name: 'Kabupaten Barito Kuala' },
  { code: '63.71', name: 'Kota Banjarmasin' },
];

function setup() {
  const round = makeRound({ quota: { minSentraPerKabKota: 2, minEnterprisePerKabKota: 0 } });
  const s1 = makeSentra({ regionCode: '63.03.07.2001' });
  const s2 = makeSentra({ regionCode: '63.03.08.2002' });
  const s3 = makeSentra({ regionCode: '63.71.01.1001' });
  const e1 = makeEnterprise({ sentraId: s1.id, regionCode: '63.03.07.2001' });
  const e2 = makeEnterprise({ sentraId: s1.id, regionCode: '63.03.07.2001' });
  const e3 = makeEnterprise({ sentraId: s2.id, regionCode: '63.03.08.2002' });
  const e4 = makeEnterprise({ sentraId: s3.id, regionCode: '63.71.01.1001' });
  const n1 = makeNomination({ roundId: round.id, enterpriseId: e1.id });
  const n2 = makeNomination({ roundId: round.id, enterpriseId: e2.id, status: 'diperiksa' });
  const n3 = makeNomination({ roundId: round.id, enterpriseId: e3.id, status: 'divalidasi' });
  const n4 = makeNomination({ roundId: round.id, enterpriseId: e4.id, status: 'ditarik' });
  const otherRound = makeNomination({ enterpriseId: e4.id });
  return {
    round,
    sentras: [s1, s2, s3],
    enterprises: [e1, e2, e3, e4],
    nominations: [n1, n2, n3, n4, otherRound],
    n1,
    n2,
    n3,
  };
}

describe('roundOverview', () => {
  it('counts nominated sentra and IKM per kab/kota against the quota, kab/kota with nothing first', () => {
    const { round, sentras, enterprises, nominations } = setup();
    const { rows, unplaced } = roundOverview(round, nominations, enterprises, sentras, kabKotaList);
    expect(unplaced).toBe(0);
    expect(
      rows.map((r) => [r.name, r.sentraCount, r.enterpriseCount, r.nominationCount, r.quotaMet]),
    ).toEqual([
      ['Kabupaten Barito Kuala', 0, 0, 0, false],
      ['Kota Banjarmasin', 0, 0, 1, false], // only a withdrawn nomination: counts as nothing
      ['Kabupaten Banjar', 2, 2, 3, true], // the draft (n1) is not counted against the quota
    ]);
  });

  it('the quota counts only nominations that can still go forward, and shows re-evaluations apart', () => {
    const { round, sentras, enterprises } = setup();
    const [e1, e2, e3, e4] = enterprises;
    const banjar = (ns: ReturnType<typeof makeNomination>[]) =>
      roundOverview(round, ns, enterprises, sentras, kabKotaList).rows.find(
        (r) => r.code === '63.03',
      );
    const nominations = [
      makeNomination({ roundId: round.id, enterpriseId: e1!.id, status: 'draft' }),
      makeNomination({ roundId: round.id, enterpriseId: e2!.id, status: 'gagal-administrasi' }),
      makeNomination({ roundId: round.id, enterpriseId: e3!.id, status: 'ditarik' }),
      makeNomination({ roundId: round.id, enterpriseId: e4!.id, status: 'divalidasi' }),
    ];
    expect(banjar(nominations)).toMatchObject({
      enterpriseCount: 0,
      sentraCount: 0,
      reEvaluationCount: 0,
      nominationCount: 3,
    });
    const reEvaluation = makeNomination({
      roundId: round.id,
      enterpriseId: e1!.id,
      status: 'diunggah',
      kind: 'evaluasi-ulang',
    });
    const fresh = makeNomination({
      roundId: round.id,
      enterpriseId: e2!.id,
      status: 'lolos-administrasi',
    });
    expect(banjar([...nominations, reEvaluation, fresh])).toMatchObject({
      enterpriseCount: 1,
      sentraCount: 1,
      reEvaluationCount: 1,
    });
  });

  it('counts statuses and readiness lights per kab/kota', () => {
    const { round, sentras, enterprises, nominations, n1, n2 } = setup();
    const lights = new Map<NominationId, ReadinessLight>([
      [n1.id, 'siap'],
      [n2.id, 'belum-siap'],
    ]);
    const banjar = roundOverview(
      round,
      nominations,
      enterprises,
      sentras,
      kabKotaList,
      lights,
    ).rows.find((r) => r.code === '63.03');
    expect(banjar?.statuses).toMatchObject({ draft: 1, diperiksa: 1, divalidasi: 1, ditarik: 0 });
    expect(banjar?.readiness).toEqual({ siap: 1, 'perlu-perhatian': 0, 'belum-siap': 1 });
    expect(banjar?.readinessUnknown).toBe(1);
  });

  it('orders: nothing nominated, then below quota, then quota met', () => {
    const { round, sentras, enterprises, nominations } = setup();
    const lenient = { ...round, quota: { minSentraPerKabKota: 1, minEnterprisePerKabKota: 0 } };
    const loner = makeEnterprise({ regionCode: '63.04.01.2001' }); // no sentra
    const extra = makeNomination({
      roundId: round.id,
      enterpriseId: loner.id,
      status: 'diperiksa',
    });
    const rows = roundOverview(
      lenient,
      [...nominations, extra],
      [...enterprises, loner],
      sentras,
      kabKotaList,
    ).rows;
    expect(rows.map((r) => [r.code, r.sentraCount, r.enterpriseCount, r.quotaMet])).toEqual([
      ['63.71', 0, 0, false],
      ['63.04', 0, 1, false],
      ['63.03', 2, 2, true],
    ]);
  });

  it('counts a nomination whose IKM is outside the list as unplaced', () => {
    const { round, sentras, enterprises, nominations } = setup();
    const out = makeEnterprise({ regionCode: '64.01.01.2001' });
    const extra = makeNomination({ roundId: round.id, enterpriseId: out.id });
    expect(
      roundOverview(round, [...nominations, extra], [...enterprises, out], sentras, kabKotaList)
        .unplaced,
    ).toBe(1);
  });
});
