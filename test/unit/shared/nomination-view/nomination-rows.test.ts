import { describe, expect, it } from 'vitest';
import type { Finding } from '@shared/domain/readiness/finding';
import { filterNominationRows, nominationRows } from '@shared/nomination-view/nomination-rows';
import { makeEnterprise, makeProduct } from '../../../support/factories/register';
import { makeNomination } from '../../../support/factories/round';

const blocking: Finding = {
  code: 'halal-missing',
  severity: 'blocking',
  message: 'x',
  target: { entity: 'credential' },
};
const advice: Finding = {
  code: 'not-lead-firm',
  severity: 'advisory',
  message: 'y',
  target: { entity: 'enterprise' },
};

function setup() {
  const banjar = makeEnterprise({
    name: 'UD Berkah Bahari',
    regionCode: '63.03.07.2001',
    nib: '9120001234567',
  });
  const hss = makeEnterprise({
    name: 'Tenun Pagatan',
    regionCode: '63.06.01.2001',
    nib: '9120001234568',
  });
  const kerupuk = makeProduct({ enterpriseId: banjar.id, name: 'Kerupuk Haruan' });
  const sasirangan = makeProduct({
    enterpriseId: hss.id,
    name: 'Kain Sasirangan',
    commodity: 'kain-tenun',
  });
  const n1 = makeNomination({ enterpriseId: banjar.id, productId: kerupuk.id });
  const n2 = makeNomination({
    enterpriseId: hss.id,
    productId: sasirangan.id,
    status: 'diperiksa',
  });
  const rows = nominationRows(
    [n2, n1],
    new Map([banjar, hss].map((e) => [e.id, e])),
    new Map([kerupuk, sasirangan].map((p) => [p.id, p])),
    new Map([
      [n1.id, [blocking, advice]],
      [n2.id, [advice]],
    ]),
    new Map([
      ['63.03', 'Kabupaten Banjar'],
      ['63.06', 'Kabupaten Hulu Sungai Selatan'],
    ]),
  );
  return { rows, n1, n2 };
}

describe('nomination grid rows', () => {
  it('carries names, kab/kota, status label and the traffic light with counts, sorted by kab/kota', () => {
    const { rows, n1 } = setup();
    expect(rows.map((r) => r.kabKotaName)).toEqual([
      'Kabupaten Banjar',
      'Kabupaten Hulu Sungai Selatan',
    ]);
    expect(rows[0]).toMatchObject({
      id: n1.id,
      enterpriseName: 'UD Berkah Bahari',
      productName: 'Kerupuk Haruan',
      light: 'belum-siap',
      blockingCount: 1,
      advisoryCount: 1,
      statusLabel: 'Draf',
    });
    expect(rows[1]).toMatchObject({
      light: 'perlu-perhatian',
      commodityLabel: 'Kain tenun',
      statusLabel: 'Diperiksa kab/kota',
    });
  });

  it('leaves the light unknown when readiness was not computed', () => {
    const e = makeEnterprise();
    const p = makeProduct({ enterpriseId: e.id });
    const [row] = nominationRows(
      [makeNomination({ enterpriseId: e.id, productId: p.id })],
      new Map([[e.id, e]]),
      new Map([[p.id, p]]),
      new Map(),
    );
    expect(row?.light).toBeUndefined();
  });

  it('filters by readiness, status, kab/kota and every typed word', () => {
    const { rows, n1, n2 } = setup();
    expect(filterNominationRows(rows, { light: 'belum-siap' }).map((r) => r.id)).toEqual([n1.id]);
    expect(filterNominationRows(rows, { status: 'diperiksa' }).map((r) => r.id)).toEqual([n2.id]);
    expect(filterNominationRows(rows, { kabKotaCode: '63.03' }).map((r) => r.id)).toEqual([n1.id]);
    expect(filterNominationRows(rows, { text: 'pagatan sasirangan' }).map((r) => r.id)).toEqual([
      n2.id,
    ]);
    expect(filterNominationRows(rows, { text: 'pagatan kerupuk' })).toEqual([]);
    expect(filterNominationRows(rows, {})).toHaveLength(2);
  });
});
