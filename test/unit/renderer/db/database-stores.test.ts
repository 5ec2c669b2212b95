import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, OvopDatabase } from '../../../../renderer/src/db/database';

/**
 * The `stores()` strings every schema version declares, as written when the version shipped. A
 * register on a user's computer was created by these declarations: editing an old one (instead of
 * adding a new numbered migration) changes what Dexie expects of databases that already exist.
 * A new version adds its own entry here.
 */
const SHIPPED_STORES: Record<number, Record<string, string | null>> = {
  1: {
    attachments: 'id, hash, ownerKey, [ownerKey+live]',
    audit: 'id, at, [entity+entityId], user',
    awards: 'id, enterpriseId, year',
    blobs: 'hash',
    credentials: 'id, enterpriseId, kind, expiresOn',
    decrees: 'id, number, issuingRegionCode',
    enterprises:
      'id, &nib, nameKey, kabKotaCode, sentraId, commodity, sizeClass, deletedAt, *words, [live+nameKey], [live+nib], [live+updatedAt], [live+kabKotaCode+nameKey], [live+commodity+nameKey], [live+sentraId+nameKey], [live+sizeClass+nameKey]',
    importJournal: 'id, at',
    letterRegister: '++seq, number, year',
    letters: 'id, roundId',
    marker: 'id',
    nominations: 'id, roundId, enterpriseId, status, [roundId+status]',
    offices: 'id',
    products: 'id, enterpriseId, commodity',
    rounds: 'id, year',
    sentras:
      'id, nameKey, kabKotaCode, commodity, decreeId, deletedAt, *words, [live+nameKey], [live+kabKotaCode+nameKey], [live+commodity+nameKey], [live+updatedAt]',
    settings: 'key',
    thumbnails: 'sourceHash',
  },
  2: {
    letterRegister: '++seq, number, year, letterId, [officeId+year], &[officeId+year+sequence]',
    letters: 'id, roundId, status, *nominationIds',
  },
  3: {
    enterprises:
      'id, &nib, sentraId, *words, [live+nameKey], [live+nib], [live+updatedAt], [live+kabKotaCode+nameKey], [live+commodity+nameKey], [live+sentraId+nameKey], [live+sizeClass+nameKey]',
  },
  4: {
    registerStats: 'id',
  },
  5: {
    outbox: '++seq, [kind+id]',
    syncState: 'key',
    syncVersions: 'key',
    syncConflicts: 'id, recordId',
  },
  7: {},
  8: {
    audit: 'id, at, [entity+entityId], *recordIds',
    products: 'id, enterpriseId',
    credentials: 'id, enterpriseId',
  },
  9: {
    enterprises:
      'id, &nib, [live+nameKey], [live+nib], [live+updatedAt], [live+kabKotaCode+nameKey], [live+commodity+nameKey], [live+sentraId+nameKey], [live+sizeClass+nameKey]',
  },
};

type Declared = Record<number, Record<string, string | null>>;

/** Builds an OvopDatabase and records each `version(n).stores(...)` its constructor declares. */
function declaredStores(): Declared {
  const declared: Declared = {};
  const original = Dexie.prototype.version;
  Dexie.prototype.version = function (this: Dexie, n: number) {
    const version = original.call(this, n);
    const stores = version.stores.bind(version);
    version.stores = (schema: Record<string, string | null>) => {
      declared[n] = { ...declared[n], ...schema };
      return stores(schema);
    };
    return version;
  };
  try {
    new OvopDatabase('stores-snapshot').close();
  } finally {
    Dexie.prototype.version = original;
  }
  return declared;
}

describe('Dexie schema versions', () => {
  it('declares every shipped version with unchanged stores() strings', () => {
    expect(declaredStores()).toEqual(SHIPPED_STORES);
  });

  it('declares up to DATABASE_VERSION and no further', () => {
    expect(Math.max(...Object.keys(declaredStores()).map(Number))).toBe(DATABASE_VERSION);
  });
});
