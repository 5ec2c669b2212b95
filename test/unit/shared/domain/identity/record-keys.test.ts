import { describe, expect, it } from 'vitest';
import { nibOwnerClash } from '@shared/domain/identity/collisions';
import { findDuplicates } from '@shared/domain/identity/duplicates';
import { normaliseName, normaliseNumber } from '@shared/domain/identity/normalise';
import {
  attachmentOwnerKind,
  identityKey,
  identityParents,
  listSource,
  type IdentityKind,
  type IdentityRecord,
} from '@shared/domain/identity/record-keys';
import {
  fakeHash,
  makeAttachment,
  makeCredential,
  makeDecree,
  makeEnterprise,
  makeProduct,
  makeSentra,
} from '../../../../support/factories/register';
import { makeNomination, makeRound } from '../../../../support/factories/round';

type Data = Partial<Record<IdentityKind, IdentityRecord[]>>;
const keyOf = (kind: IdentityKind, row: IdentityRecord, data: Data = {}): string =>
  identityKey(kind, row, listSource(data)).key;

describe('normalisation', () => {
  it('names ignore case, spacing and punctuation', () => {
    expect(normaliseName('  Sentra  Tenun   IKAT ')).toBe(normaliseName('sentra tenun ikat'));
    expect(normaliseName('Sentra Tenun-Ikat')).toBe('sentra tenun ikat');
    expect(normaliseName('Sentra Tenun Ikat Sasirangan')).not.toBe(
      normaliseName('Sentra Tenun Ikat'),
    );
  });
  it('numbers ignore the separators typed between their parts', () => {
    expect(normaliseNumber('188.45/123/Kpts/2024')).toBe('188.45.123.KPTS.2024');
    expect(normaliseNumber('188-45 / 123 / KPTS / 2024')).toBe('188.45.123.KPTS.2024');
    expect(normaliseNumber('188.45/123/2024')).not.toBe(normaliseNumber('188.45/1232/024'));
  });
});

describe('rounds', () => {
  it("every office's round of one year is one round, whatever its id and name", () => {
    const ours = makeRound({ name: 'OVOP 2026' });
    const theirs = makeRound({ name: 'Periode OVOP Tahun 2026' });
    expect(ours.id).not.toBe(theirs.id);
    expect(keyOf('rounds', theirs)).toBe(keyOf('rounds', ours));
    expect(keyOf('rounds', makeRound({ year: 2027, name: 'OVOP 2026' }))).not.toBe(
      keyOf('rounds', ours),
    );
  });
});

describe('IKM', () => {
  it('by NIB, whatever the name', () => {
    expect(keyOf('enterprises', makeEnterprise({ name: 'UD Berkah' }))).toBe(
      keyOf('enterprises', makeEnterprise({ name: 'CV Berkah Jaya' })),
    );
    expect(identityKey('enterprises', makeEnterprise(), listSource({})).weak).toBe(false);
  });
  it('without NIB by normalised name and kab/kota, as a weak key to be confirmed', () => {
    const a = { ...makeEnterprise({ name: 'UD  Berkah Bahari' }), nib: '' };
    const b = {
      ...makeEnterprise({ name: 'ud berkah bahari', regionCode: '63.03.01.2002' }),
      nib: '',
    };
    const elsewhere = {
      ...makeEnterprise({ name: 'UD Berkah Bahari', regionCode: '63.04.01.2001' }),
      nib: '',
    };
    expect(identityKey('enterprises', a, listSource({})).weak).toBe(true);
    expect(keyOf('enterprises', b)).toBe(keyOf('enterprises', a));
    expect(keyOf('enterprises', elsewhere)).not.toBe(keyOf('enterprises', a));
  });
  it('one NIB on two different owners cannot be right; the same owner typed differently can', () => {
    const ours = makeEnterprise({ ownerName: 'Siti Aminah' });
    expect(nibOwnerClash(ours, makeEnterprise({ ownerName: 'SITI  AMINAH' }))).toBeNull();
    expect(nibOwnerClash(ours, makeEnterprise({ ownerName: 'Budi Santoso' }))).toMatch(
      /Satu NIB tidak mungkin dimiliki dua pemilik/,
    );
  });
});

describe('sentra and SK', () => {
  it('an SK by number (separators aside) and date', () => {
    const a = makeDecree({ number: '188.45/123/KUM/2023' });
    const b = makeDecree({ number: '188-45 / 123 / kum / 2023' });
    expect(keyOf('decrees', b)).toBe(keyOf('decrees', a));
    expect(keyOf('decrees', makeDecree({ date: '2023-05-11' }))).not.toBe(keyOf('decrees', a));
  });
  it('a sentra with an SK by the SK number and issuing region, whatever its name', () => {
    const skA = makeDecree({ number: '188.45/123/KUM/2023' });
    const skB = makeDecree({ number: '188 45/123/KUM/2023' });
    const a = makeSentra({ decreeId: skA.id, name: 'Sentra Kerupuk' });
    const b = makeSentra({ decreeId: skB.id, name: 'Sentra Kerupuk Ikan Martapura' });
    expect(keyOf('sentras', b, { decrees: [skB] })).toBe(keyOf('sentras', a, { decrees: [skA] }));
    const otherRegion = makeDecree({ number: skA.number, issuingRegionCode: '63.04' });
    expect(
      keyOf('sentras', makeSentra({ decreeId: otherRegion.id }), { decrees: [otherRegion] }),
    ).not.toBe(keyOf('sentras', a, { decrees: [skA] }));
  });
  it('a sentra without SK by normalised name, kab/kota and commodity', () => {
    const a = makeSentra({ name: 'Sentra Tenun  Ikat' });
    expect(
      keyOf('sentras', makeSentra({ name: 'SENTRA TENUN IKAT', regionCode: '63.03.02' })),
    ).toBe(keyOf('sentras', a));
    expect(
      keyOf('sentras', makeSentra({ name: 'Sentra Tenun Ikat', commodity: 'anyaman' })),
    ).not.toBe(keyOf('sentras', a));
    expect(
      keyOf('sentras', makeSentra({ name: 'Sentra Tenun Ikat', regionCode: '63.04.01.2001' })),
    ).not.toBe(keyOf('sentras', a));
  });
});

describe('children keyed through their parents', () => {
  it('a nomination by round year, IKM NIB and product name, across offices', () => {
    const make = (roundName: string, productName: string) => {
      const round = makeRound({ name: roundName });
      const ikm = makeEnterprise();
      const product = makeProduct({ enterpriseId: ikm.id, name: productName });
      const nomination = makeNomination({
        roundId: round.id,
        enterpriseId: ikm.id,
        productId: product.id,
      });
      return keyOf('nominations', nomination, {
        rounds: [round],
        enterprises: [ikm],
        products: [product],
      });
    };
    expect(make('Periode OVOP Tahun 2026', 'Kerupuk  Ikan Haruan')).toBe(
      make('OVOP 2026', 'kerupuk ikan haruan'),
    );
    expect(make('OVOP 2026', 'Amplang')).not.toBe(make('OVOP 2026', 'Kerupuk Ikan Haruan'));
  });
  it('a credential by kind and number; an attachment by owner and SHA-256', () => {
    expect(keyOf('credentials', makeCredential({ number: 'ID00-1234/2024' }))).toBe(
      keyOf('credentials', makeCredential({ number: 'ID00 1234 2024' })),
    );
    const ikmA = makeEnterprise();
    const ikmB = makeEnterprise();
    const hash = fakeHash('foto');
    const a = makeAttachment({ hash, owner: { type: 'enterprise', id: ikmA.id } });
    const b = makeAttachment({ hash, owner: { type: 'enterprise', id: ikmB.id } });
    const other = makeAttachment({
      hash: fakeHash('lain'),
      owner: { type: 'enterprise', id: ikmB.id },
    });
    expect(keyOf('attachments', b, { enterprises: [ikmB] })).toBe(
      keyOf('attachments', a, { enterprises: [ikmA] }),
    );
    expect(keyOf('attachments', other, { enterprises: [ikmB] })).not.toBe(
      keyOf('attachments', a, { enterprises: [ikmA] }),
    );
  });
  it('children of a parent missing from the source keep their own id', () => {
    const nomination = makeNomination();
    expect(keyOf('nominations', nomination)).toBe(`nominations#${nomination.id}`);
  });
});

describe('findDuplicates', () => {
  it('groups three "OVOP 2026" rounds and keeps the oldest; deleted and weak records stay out', () => {
    const oldest = makeRound({ name: 'OVOP 2026', createdAt: '2026-01-01T00:00:00.000Z' });
    const second = makeRound({ name: 'OVOP 2026', createdAt: '2026-02-01T00:00:00.000Z' });
    const third = makeRound({
      name: 'Periode OVOP Tahun 2026',
      createdAt: '2026-03-01T00:00:00.000Z',
    });
    const deleted = makeRound({ deletedAt: '2026-03-02T00:00:00.000Z' });
    const weakA = { ...makeEnterprise(), nib: '' };
    const weakB = { ...makeEnterprise(), nib: '' };
    const data: Data = { rounds: [third, deleted, second, oldest], enterprises: [weakA, weakB] };
    const groups = findDuplicates(data, listSource(data));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.keep.id).toBe(oldest.id);
    expect(groups[0]?.merge.map((r) => r.id)).toEqual([second.id, third.id]);
  });
});

describe('the parents a key is made of', () => {
  it('names exactly the records whose keys a key reads, so a store can fetch them first', () => {
    const decree = makeDecree();
    const sentra = makeSentra({ decreeId: decree.id });
    const ikm = makeEnterprise();
    const product = makeProduct({ enterpriseId: ikm.id });
    const round = makeRound();
    const nomination = makeNomination({
      roundId: round.id,
      enterpriseId: ikm.id,
      productId: product.id,
    });
    const attachment = makeAttachment({ owner: { type: 'product', id: product.id } });
    expect(identityParents('sentras', sentra)).toEqual([{ kind: 'decrees', id: decree.id }]);
    expect(identityParents('products', product)).toEqual([{ kind: 'enterprises', id: ikm.id }]);
    expect(identityParents('nominations', nomination)).toEqual([
      { kind: 'rounds', id: round.id },
      { kind: 'products', id: product.id },
    ]);
    expect(identityParents('attachments', attachment)).toEqual([
      { kind: 'products', id: product.id },
    ]);
    expect(identityParents('enterprises', ikm)).toEqual([]);
    // The parents, and theirs in turn, are all a key needs: it is the one the whole register gives.
    const everything = listSource({
      rounds: [round],
      decrees: [decree],
      sentras: [sentra],
      enterprises: [ikm],
      products: [product],
      attachments: [attachment],
    });
    const parentsOnly = listSource({ rounds: [round], products: [product], enterprises: [ikm] });
    const key = identityKey('nominations', nomination, parentsOnly).key;
    expect(key).toBe(identityKey('nominations', nomination, everything).key);
    expect(key).not.toBe(`nominations#${nomination.id}`);
  });

  it('knows attachment owner types and nothing else', () => {
    expect(attachmentOwnerKind('nomination')).toBe('nominations');
    expect(attachmentOwnerKind('constructor')).toBeUndefined();
    expect(attachmentOwnerKind(7)).toBeUndefined();
  });
});
