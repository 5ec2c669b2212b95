import { describe, expect, it } from 'vitest';
import { mergePreview } from '@shared/bundle/merge-preview';
import { arrivalLines, nothingToChange } from '@shared/bundle/merge-summary';
import {
  importInto,
  kabKotaRegister,
  register,
  type Register,
} from '../../../support/factories/offices';
import { makeEnterprise, makeProduct, makeSentra } from '../../../support/factories/register';
import { makeNomination, makeRound } from '../../../support/factories/round';

let n = 0;
const newId = (): string => `baru-${++n}`;

function offices() {
  const province = register({ rounds: [makeRound({ name: 'OVOP 2026' })] });
  const banjar = kabKotaRegister('63.03', {
    roundName: 'OVOP 2026',
    nibs: ['1000000000001', '9000000000009'],
    skNumber: '188.45/123/KUM/2023',
  });
  const tapin = kabKotaRegister('63.05', {
    roundName: 'Periode OVOP Tahun 2026',
    nibs: ['2000000000002', '9000000000009'],
  });
  return { province, banjar, tapin };
}

const live = (r: Register, table: keyof Register) =>
  r[table].filter((row) => row.deletedAt === undefined);

describe('two kab/kota bundles at the province', () => {
  it('end with one round holding every nomination, and no IKM twice', () => {
    const { province, banjar, tapin } = offices();
    const atProvince = importInto(importInto(province, banjar, newId), tapin, newId);
    expect(live(atProvince, 'rounds')).toHaveLength(1);
    const roundId = atProvince.rounds[0]?.id;
    expect(atProvince.nominations.map((x) => x.roundId)).toEqual([roundId, roundId]);
    expect(atProvince.enterprises.map((e) => e.nib).sort()).toEqual([
      '1000000000001',
      '2000000000002',
      '9000000000009',
    ]);
    expect(atProvince.products).toHaveLength(3);
    expect(atProvince.sentras).toHaveLength(2);
  });

  it('the preview says the round already exists and names what arrives', () => {
    const { province, tapin } = offices();
    const preview = mergePreview(province, tapin);
    const round = preview.items.find((i) => i.table === 'rounds');
    expect(round).toMatchObject({
      status: 'conflict',
      matchedBy: 'key',
      basis: 'tahun 2026',
      defaultChoice: 'ours',
    });
    const lines = arrivalLines(preview).map((l) => l.text);
    expect(lines).toContain(
      'Periode: 1 sudah ada (Periode OVOP Tahun 2026 → OVOP 2026 di register ini), 1 berbeda isinya',
    );
    expect(lines).toContain('Sentra IKM: 1 baru (Sentra 63.05)');
    expect(round?.changedFields).toEqual(['name']);
  });

  it('a re-send changes nothing and says so', () => {
    const { province, banjar } = offices();
    const once = importInto(province, banjar, newId);
    const again = mergePreview(once, banjar);
    expect(nothingToChange(again)).toBe(true);
    expect(importInto(once, banjar, newId)).toEqual(once);
  });

  it('a round whose ministry letter was saved with its fields empty matches one that never had it', () => {
    const { province, banjar } = offices();
    const saved = (r: Register): Register => ({
      ...r,
      rounds: r.rounds.map((x) => ({ ...x, requestLetter: { number: '', date: '', hal: '' } })),
    });
    for (const [ours, theirs] of [
      [province, saved(banjar)],
      [saved(province), banjar],
    ] as const) {
      const round = mergePreview(ours, theirs).items.find((i) => i.table === 'rounds');
      expect(round?.status).toBe('identical');
      expect(nothingToChange(mergePreview(importInto(ours, theirs, newId), theirs))).toBe(true);
    }
    const filled = {
      ...banjar,
      rounds: banjar.rounds.map((x) => ({
        ...x,
        requestLetter: { number: 'B-12/IKMA/2026', date: '', hal: '' },
      })),
    };
    const round = mergePreview(province, filled).items.find((i) => i.table === 'rounds');
    expect(round?.changedFields).toEqual(['requestLetter']);
  });

  it('a later bundle withdraws, adds and shows edits, never duplicates', () => {
    const { province, banjar } = offices();
    const once = importInto(province, banjar, newId);
    const [nomination] = banjar.nominations;
    if (!nomination) throw new Error('tanpa usulan');
    const shared = banjar.products[1];
    const added = makeNomination({
      roundId: nomination.roundId as never,
      enterpriseId: shared?.enterpriseId as never,
      productId: shared?.id as never,
      updatedAt: '2026-04-01T00:00:00.000Z',
    });
    const later = {
      ...banjar,
      nominations: [
        { ...nomination, status: 'ditarik', updatedAt: '2026-04-01T00:00:00.000Z' },
        added,
      ],
    };
    const preview = mergePreview(once, later);
    const withdrawn = preview.items.find((i) => i.key === `nominations:${nomination.id}`);
    expect(withdrawn).toMatchObject({ status: 'updated', changedFields: ['status'] });
    expect(preview.items.find((i) => i.key === `nominations:${added.id}`)?.status).toBe('new');
    const twice = importInto(once, later, newId);
    expect(twice.nominations.map((x) => x.status).sort()).toEqual(['ditarik', 'draft']);
    expect(twice.enterprises).toHaveLength(once.enterprises.length);
  });

  it('the same sentra and IKM registered by two offices, pointing at each other, compare as identical', () => {
    const make = () => {
      const ikm = makeEnterprise({ nib: '4000000000004' });
      const sentra = makeSentra({ leadEnterpriseId: ikm.id });
      return register({ sentras: [sentra], enterprises: [{ ...ikm, sentraId: sentra.id }] });
    };
    const preview = mergePreview(make(), make());
    expect(preview.items.map((i) => [i.table, i.status])).toEqual([
      ['sentras', 'identical'],
      ['enterprises', 'identical'],
    ]);
  });

  it('refuses an IKM whose NIB belongs to another owner, with its product and nomination, and keeps the rest', () => {
    const { province, banjar } = offices();
    const once = importInto(province, banjar, newId);
    const impostor = makeEnterprise({
      name: 'CV Lain',
      ownerName: 'Budi Santoso',
      nib: '1000000000001',
    });
    const product = makeProduct({ enterpriseId: impostor.id, name: 'Dodol' });
    const nomination = makeNomination({
      roundId: banjar.rounds[0]?.id as never,
      enterpriseId: impostor.id,
      productId: product.id,
    });
    const honest = makeEnterprise({ name: 'UD Jujur', nib: '3000000000003' });
    const bundle = register({
      rounds: banjar.rounds,
      enterprises: [impostor, honest],
      products: [product],
      nominations: [nomination],
    });
    const preview = mergePreview(once, bundle);
    expect(preview.items.filter((i) => i.status === 'refused').map((i) => i.table)).toEqual([
      'enterprises',
      'products',
      'nominations',
    ]);
    expect(
      preview.items.find((i) => i.table === 'enterprises' && i.status === 'refused')?.reason,
    ).toMatch(/NIB 1000000000001 di register ini milik IKM 63\.03/);
    const after = importInto(once, bundle, newId);
    expect(after.enterprises.map((e) => e.name)).toContain('UD Jujur');
    expect(after.enterprises.map((e) => e.name)).not.toContain('CV Lain');
    expect(after.nominations).toHaveLength(once.nominations.length);
  });
});
