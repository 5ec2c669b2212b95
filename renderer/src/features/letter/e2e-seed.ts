import { asEnterpriseId, asNominationId, asProductId, asRoundId } from '@shared/domain/common/ids';
import { newNomination, transition, type Nomination } from '@shared/domain/nomination/nomination';
import { defaultRound } from '@shared/domain/round/round';
import { appContext } from './letter-db';

/**
 * TEST-ONLY hook, installed only when the page URL carries `?e2e=1` (see LetterPage): stores a round
 * with validated nominations so the letter e2e test has something to put in a lampiran before the
 * Usulan pages can create them. Never reachable from the normal app.
 */
declare global {
  interface Window {
    __ovopLetterE2e?: { seedRound(year: number, names: string[]): Promise<string> };
  }
}

const meta = { schemaVersion: 1, revision: 1, live: 1 } as const;

async function seedRound(year: number, names: string[]): Promise<string> {
  const ctx = await appContext();
  const at = ctx.now().toISOString();
  const round = defaultRound(year, { id: asRoundId(ctx.newId()), at });
  await ctx.db.transaction('rw', [ctx.db.rounds, ctx.db.enterprises, ctx.db.products, ctx.db.nominations], async () => {
    await ctx.db.rounds.put({ ...round, ...meta });
    for (const [i, name] of names.entries()) {
      const enterpriseId = asEnterpriseId(ctx.newId());
      const productId = asProductId(ctx.newId());
      const nib = `91${String(Date.now()).slice(-9)}${String(i).padStart(2, '0')}`;
      await ctx.db.enterprises.put({
        id: enterpriseId, name, ownerName: `Pemilik ${i + 1}`, nib, address: `Jl. Pangeran Antasari No. ${i + 1}`, regionCode: '63.03.07.2001',
        phone: '0812-3456-7890', email: '', workerCount: 8, investmentRupiah: 150_000_000, isLeadFirm: false, notes: '', createdAt: at, updatedAt: at,
        ...meta, nameKey: name.toLowerCase(), words: name.toLowerCase().split(' '), kabKotaCode: '63.03', sizeClass: 'kecil',
      });
      await ctx.db.products.put({
        id: productId, enterpriseId, name: `Produk ${name}`, commodity: 'makanan-minuman', uniquenessStory: '', rawMaterials: '', capacity: { value: 100, unit: 'kg', period: 'bulan' },
        market: { local: true, regional: false, national: false, export: false, exportDestinations: [] }, priceMin: 10_000, priceMax: 20_000, createdAt: at, updatedAt: at, ...meta,
      });
      let nomination: Nomination = newNomination({ id: asNominationId(ctx.newId()), roundId: round.id, enterpriseId, productId, kind: 'baru' }, { at, by: 'Uji e2e' });
      for (const to of ['diperiksa', 'divalidasi'] as const) {
        const moved = transition(nomination, to, { at, by: 'Uji e2e', findings: [] });
        if (moved.ok) nomination = moved.nomination;
      }
      await ctx.db.nominations.put({ ...nomination, ...meta });
    }
  });
  return round.id;
}

export function installE2eHook(): void {
  window.__ovopLetterE2e = { seedRound };
}
