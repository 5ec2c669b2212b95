import {
  emptyBundleData,
  type BundleData,
  type BundleRow,
  type BundleTable,
} from '@shared/bundle/bundle-data';
import { mergePlan } from '@shared/bundle/merge-plan';
import { mergePreview, type MergeChoice } from '@shared/bundle/merge-preview';
import { stableJson } from '@shared/bundle/stable-json';
import { IDENTITY_KINDS, identityKey, listSource } from '@shared/domain/identity/record-keys';
import { makeDecree, makeEnterprise, makeProduct, makeSentra } from './register';
import { makeNomination, makeRound } from './round';

/** Three offices' registers as plain bundle data, for merge tests over the pure functions. */
export type Register = Record<BundleTable, BundleRow[]>;

export function register(over: Partial<Register> = {}): Register {
  return { ...emptyBundleData(), ...over };
}

/** A kab/kota office: its "OVOP 2026", one sentra with SK, one IKM with a product nominated, and an IKM another office also registered. */
export function kabKotaRegister(
  kabKota: string,
  opts: { roundName: string; nibs: [string, string]; skNumber?: string; sharedSk?: string },
): Register {
  const round = makeRound({ name: opts.roundName });
  const decree = makeDecree({
    number: opts.sharedSk ?? opts.skNumber ?? `188/${kabKota}/2023`,
    issuingRegionCode: opts.sharedSk ? '63.03' : kabKota,
  });
  const sentra = makeSentra({
    name: `Sentra ${kabKota}`,
    regionCode: `${kabKota}.01.2001`,
    decreeId: decree.id,
  });
  const own = makeEnterprise({
    name: `IKM ${kabKota}`,
    nib: opts.nibs[0],
    regionCode: `${kabKota}.01.2001`,
    sentraId: sentra.id,
  });
  const shared = makeEnterprise({
    name: 'UD Bersama',
    ownerName: 'Ahmad',
    nib: opts.nibs[1],
    regionCode: '63.03.01.2001',
  });
  const product = makeProduct({ enterpriseId: own.id, name: `Produk ${kabKota}` });
  const sharedProduct = makeProduct({ enterpriseId: shared.id, name: 'Amplang' });
  const nomination = makeNomination({
    roundId: round.id,
    enterpriseId: own.id,
    productId: product.id,
  });
  return register({
    rounds: [round],
    decrees: [decree],
    sentras: [sentra],
    enterprises: [own, shared],
    products: [product, sharedProduct],
    nominations: [nomination],
  });
}

/**
 * The officer's choices as one consistent policy: the later edit wins; between equally recent
 * copies (the same SK typed differently by two offices) the same copy wins whichever arrives first.
 */
function latestWins(ours: BundleData, theirs: BundleData): Map<string, MergeChoice> {
  const preview = mergePreview(ours, theirs);
  const choices = new Map<string, MergeChoice>();
  for (const item of preview.items) {
    if (item.status !== 'conflict' && item.status !== 'updated') continue;
    const [a, b] = [String(item.theirs.updatedAt ?? ''), String(item.ours?.updatedAt ?? '')];
    const content = (row: BundleData[BundleTable][number] | undefined): string =>
      stableJson({ ...row, id: '', createdAt: '' });
    const newer = a > b || (a === b && content(item.theirs) > content(item.ours));
    choices.set(item.key, newer ? 'theirs' : 'ours');
  }
  return choices;
}

/** Imports `theirs` into `ours` (preview, plan, writes by id) and returns the new register. */
export function importInto(ours: Register, theirs: BundleData, newId: () => string): Register {
  const planned = mergePlan(mergePreview(ours, theirs), latestWins(ours, theirs), newId);
  if (!planned.ok) throw new Error(`belum dipilih: ${planned.unresolved.join(', ')}`);
  const next = register();
  for (const table of IDENTITY_KINDS) {
    const rows = new Map(ours[table].map((r) => [r.id, r]));
    for (const row of planned.plan.writes[table]) rows.set(row.id, row);
    next[table] = [...rows.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
  return next;
}

/** A register without its ids: every record by identity key, references replaced by the keys they point at. */
export function canonical(data: Register): Record<string, string[]> {
  const source = listSource(data);
  const keyById = new Map<string, string>();
  for (const table of IDENTITY_KINDS)
    for (const row of data[table]) keyById.set(row.id, identityKey(table, row, source).key);
  const out: Record<string, string[]> = {};
  for (const table of IDENTITY_KINDS) {
    out[table] = data[table]
      .map((row) => {
        const rest: Record<string, unknown> = { ...row };
        delete rest.id;
        delete rest.createdAt;
        for (const [k, v] of Object.entries(rest))
          if (k.endsWith('Id') && typeof v === 'string') rest[k] = keyById.get(v) ?? v;
        return `${keyById.get(row.id) ?? ''} ${stableJson(rest)}`;
      })
      .sort();
  }
  return out;
}
