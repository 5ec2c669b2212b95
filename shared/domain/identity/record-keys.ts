import { kabKotaPart, normaliseName, normaliseNibDigits, normaliseNumber } from './normalise';

/**
 * Identity of register records across offices: what makes two records, created apart under
 * different ids, the same thing in the real world. See README.md in this folder.
 */

/** Record kinds in dependency order: a kind's key may use the keys of the kinds before it. */
export const IDENTITY_KINDS = [
  'rounds',
  'decrees',
  'sentras',
  'enterprises',
  'products',
  'credentials',
  'awards',
  'nominations',
  'letters',
  'attachments',
] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export type IdentityRecord = Readonly<Record<string, unknown>> & { readonly id: string };

/** The other records of the same register, looked up by kind and id (to key children by their parents). */
export interface IdentitySource {
  get(kind: IdentityKind, id: string): IdentityRecord | undefined;
}

export interface IdentityKey {
  key: string;
  /** A weak key (an IKM without NIB): a match is only a candidate that the officer confirms. */
  weak: boolean;
  /** What the key is made of, as the officer reads it: "NIB 9120001234567". */
  basis: string;
}

/** Attachment owners are typed links (`{ type: 'product', id }`); this maps an owner type to its kind. */
const ATTACHMENT_OWNER_KINDS: Readonly<Record<string, IdentityKind>> = {
  sentra: 'sentras',
  decree: 'decrees',
  enterprise: 'enterprises',
  product: 'products',
  credential: 'credentials',
  nomination: 'nominations',
  letter: 'letters',
};

/** The kind an attachment's owner type names, or undefined for an unknown type. */
export function attachmentOwnerKind(type: unknown): IdentityKind | undefined {
  return typeof type === 'string' && Object.hasOwn(ATTACHMENT_OWNER_KINDS, type)
    ? ATTACHMENT_OWNER_KINDS[type]
    : undefined;
}

function text(row: IdentityRecord, field: string): string {
  const value = row[field];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

const byId = (kind: IdentityKind, row: IdentityRecord): IdentityKey => ({
  key: `${kind}#${row.id}`,
  weak: false,
  basis: `id ${row.id}`,
});

/** The parent's key, or undefined when the parent is missing or only weakly identified (children then keep their ids). */
function parentKey(kind: IdentityKind, id: unknown, source: IdentitySource): string | undefined {
  if (typeof id !== 'string') return undefined;
  const parent = source.get(kind, id);
  if (!parent) return undefined;
  const key = identityKey(kind, parent, source);
  return key.weak ? undefined : key.key;
}

/**
 * The identity key of one record. Equal keys = the same real-world record, whichever office
 * registered it. Keys of children include their parents' keys, so they hold across offices too.
 */
export function identityKey(
  kind: IdentityKind,
  row: IdentityRecord,
  source: IdentitySource,
): IdentityKey {
  switch (kind) {
    case 'rounds': {
      const year = text(row, 'year');
      return year
        ? { key: `periode:${year}`, weak: false, basis: `tahun ${year}` }
        : byId(kind, row);
    }
    case 'decrees': {
      const number = normaliseNumber(text(row, 'number'));
      return number
        ? {
            key: `sk:${number}|${text(row, 'date')}`,
            weak: false,
            basis: `nomor ${text(row, 'number')} tanggal ${text(row, 'date')}`,
          }
        : byId(kind, row);
    }
    case 'sentras': {
      const decree =
        typeof row.decreeId === 'string' ? source.get('decrees', row.decreeId) : undefined;
      const commodity = text(row, 'commodity');
      if (decree && normaliseNumber(text(decree, 'number'))) {
        return {
          key: `sentra-sk:${normaliseNumber(text(decree, 'number'))}|${text(decree, 'issuingRegionCode')}|${commodity}`,
          weak: false,
          basis: `SK ${text(decree, 'number')} (${text(decree, 'issuingRegionCode')})`,
        };
      }
      const name = normaliseName(text(row, 'name'));
      return name
        ? {
            key: `sentra:${name}|${kabKotaPart(text(row, 'regionCode'))}|${commodity}`,
            weak: false,
            basis: `nama, kabupaten/kota dan komoditi`,
          }
        : byId(kind, row);
    }
    case 'enterprises': {
      const nib = normaliseNibDigits(text(row, 'nib'));
      if (nib.length === 13) return { key: `nib:${nib}`, weak: false, basis: `NIB ${nib}` };
      const name = normaliseName(text(row, 'name'));
      return name
        ? {
            key: `ikm:${name}|${kabKotaPart(text(row, 'regionCode'))}`,
            weak: true,
            basis: 'nama dan kabupaten/kota (tanpa NIB)',
          }
        : byId(kind, row);
    }
    case 'products': {
      const owner = parentKey('enterprises', row.enterpriseId, source);
      const name = normaliseName(text(row, 'name'));
      return owner && name
        ? { key: `${owner}|produk:${name}`, weak: false, basis: 'IKM dan nama produk' }
        : byId(kind, row);
    }
    case 'credentials': {
      const number = normaliseNumber(text(row, 'number'));
      return number
        ? {
            key: `legalitas:${text(row, 'kind')}|${number}`,
            weak: false,
            basis: `jenis dan nomor ${text(row, 'number')}`,
          }
        : byId(kind, row);
    }
    case 'awards': {
      const owner = parentKey('enterprises', row.enterpriseId, source);
      return owner
        ? {
            key: `${owner}|penghargaan:${text(row, 'year')}|${normaliseName(text(row, 'productName'))}`,
            weak: false,
            basis: 'IKM, tahun dan produk',
          }
        : byId(kind, row);
    }
    case 'nominations': {
      const round = parentKey('rounds', row.roundId, source);
      const product = parentKey('products', row.productId, source);
      return round && product
        ? { key: `usulan:${round}|${product}`, weak: false, basis: 'periode, IKM dan produk' }
        : byId(kind, row);
    }
    case 'letters':
      // A letter belongs to the office that numbered it: never matched to another office's letter.
      return byId(kind, row);
    case 'attachments': {
      const owner = row.owner as { type?: unknown; id?: unknown } | undefined;
      const ownerKind = attachmentOwnerKind(owner?.type);
      const ownerKey = ownerKind ? parentKey(ownerKind, owner?.id, source) : undefined;
      const hash = text(row, 'hash');
      return ownerKey && hash
        ? { key: `${ownerKey}|berkas:${hash}`, weak: false, basis: 'pemilik dan sidik SHA-256' }
        : byId(kind, row);
    }
  }
}

/** The parent a reference field names, if it names one (a function of its own: servers check it per record). */
function ref(parent: IdentityKind, id: unknown): { kind: IdentityKind; id: string }[] {
  return typeof id === 'string' ? [{ kind: parent, id }] : [];
}

/**
 * The records whose keys the key of this record is made of (its parents), so that a store can
 * fetch them before asking for the key: a sentra's SK, a product's IKM, a nomination's round and
 * product, an attachment's owner.
 */
export function identityParents(
  kind: IdentityKind,
  row: Readonly<Record<string, unknown>>,
): { kind: IdentityKind; id: string }[] {
  switch (kind) {
    case 'sentras':
      return ref('decrees', row.decreeId);
    case 'products':
    case 'awards':
      return ref('enterprises', row.enterpriseId);
    case 'nominations':
      return [...ref('rounds', row.roundId), ...ref('products', row.productId)];
    case 'attachments': {
      const owner = row.owner as { type?: unknown; id?: unknown } | undefined;
      const ownerKind = attachmentOwnerKind(owner?.type);
      return ownerKind ? ref(ownerKind, owner?.id) : [];
    }
    default:
      return [];
  }
}

/** A source over plain per-kind lists (a bundle's data, a register read whole). */
export function listSource(
  data: Readonly<Partial<Record<IdentityKind, readonly IdentityRecord[]>>>,
): IdentitySource {
  const maps = new Map<IdentityKind, Map<string, IdentityRecord>>();
  for (const kind of IDENTITY_KINDS)
    maps.set(kind, new Map((data[kind] ?? []).map((r) => [r.id, r])));
  return { get: (kind, id) => maps.get(kind)?.get(id) };
}
