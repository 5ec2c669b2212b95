import type { Page } from 'playwright-core';
import { kabKotaOf } from '@shared/domain/common/region';
import type { Credential } from '@shared/domain/credential/credential';
import { sizeClass } from '@shared/domain/enterprise/enterprise';
import { nameKeyOf, wordsOf } from '../../../renderer/src/db/search-keys';
import { makeCredential, makeReadyFoodCandidate } from './register';

/**
 * Test-only seeding of the register in a running browser app: records are built here with the
 * register factories and the app's own search-key functions, then written with plain IndexedDB
 * into the database the app has already opened (its stores must exist). Dexie in the page does not
 * see these writes as they happen: reload or navigate afterwards.
 */
type Row = Record<string, unknown>;
export type SeedTables = Partial<Record<'sentras' | 'decrees' | 'enterprises' | 'products' | 'credentials' | 'attachments' | 'settings', Row[]>>;

const meta = { schemaVersion: 1, revision: 1, live: 1 } as const;

export type Candidate = ReturnType<typeof makeReadyFoodCandidate>;

/** A complete ready food candidate with its own name, NIB and sentra (all other defaults kept). */
export function makeE2eCandidate(name: string, nib: string, productName: string): Candidate {
  const c = makeReadyFoodCandidate();
  const enterprise = { ...c.enterprise, name, nib };
  const product = { ...c.product, name: productName };
  const sentra = { ...c.sentra, name: `Sentra ${productName}`, leadEnterpriseId: enterprise.id };
  const credentials = c.credentials.map((cr) => (cr.kind === 'nib' ? { ...cr, number: nib } : cr));
  return { ...c, enterprise, product, sentra, credentials };
}

export function candidateTables(candidates: readonly Candidate[], userName?: string): SeedTables {
  return {
    decrees: candidates.map((c) => ({ ...c.decree, ...meta })),
    sentras: candidates.map((c) => ({
      ...c.sentra,
      ...meta,
      nameKey: nameKeyOf(c.sentra.name),
      words: wordsOf(c.sentra.name),
      kabKotaCode: kabKotaOf(c.sentra.regionCode) ?? '',
      enterpriseCount: 1,
    })),
    enterprises: candidates.map((c) => ({
      ...c.enterprise,
      ...meta,
      nameKey: nameKeyOf(c.enterprise.name),
      words: wordsOf(c.enterprise.name, c.enterprise.ownerName),
      kabKotaCode: kabKotaOf(c.enterprise.regionCode) ?? '',
      sizeClass: sizeClass(c.enterprise.workerCount, c.enterprise.investmentRupiah),
      commodity: c.product.commodity,
    })),
    products: candidates.map((c) => ({ ...c.product, ...meta })),
    credentials: candidates.flatMap((c) => c.credentials.map((cr) => ({ ...cr, ...meta }))),
    attachments: candidates.flatMap((c) => c.attachments.map((a) => ({ ...a, ...meta, ownerKey: `${a.owner.type}:${a.owner.id}` }))),
    ...(userName ? { settings: [{ key: 'userName', value: userName }] } : {}),
  };
}

/** The halal certificate the e2e adds later for `c`'s product. */
export function halalFor(c: Candidate): Credential {
  return makeCredential({ enterpriseId: c.enterprise.id, productId: c.product.id, kind: 'halal', number: 'ID63110000999990326' });
}

export function credentialTables(credentials: readonly Credential[]): SeedTables {
  return { credentials: credentials.map((cr) => ({ ...cr, ...meta })) };
}

/** Writes the rows into the app's `ovop-desk` database (already created by the app). */
export async function seedRegister(page: Page, tables: SeedTables): Promise<void> {
  await page.evaluate(async (data: SeedTables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('ovop-desk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const names = Object.keys(data);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) for (const row of data[name as keyof SeedTables] ?? []) tx.objectStore(name).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables);
}
