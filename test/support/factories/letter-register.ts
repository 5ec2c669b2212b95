import type { Nomination } from '@shared/domain/nomination/nomination';
import type { RepositoryContext } from '../../../renderer/src/db/context';
import { makeEnterprise, makeProduct } from './register';
import { makeNomination, makeRound } from './round';

const meta = { schemaVersion: 1, revision: 1, live: 1 } as const;
let nibCounter = 0;

/**
 * A 2026 round with one IKM per given status, stored raw (the letter screens only read them).
 * Returns the round and the nominations in the given order.
 */
export async function seedRoundWithNominations(
  ctx: RepositoryContext,
  statuses: readonly Nomination['status'][],
) {
  const round = makeRound({
    opensOn: '2026-02-01',
    requestLetter: {
      number: 'B/215/IKMA/IND/II/2026',
      date: '2026-02-09',
      hal: 'Usulan Calon IKM OVOP Tahun 2026',
    },
  });
  await ctx.db.rounds.put({ ...round, ...meta });
  const nominations: Nomination[] = [];
  for (const [i, status] of statuses.entries()) {
    const enterprise = makeEnterprise({
      name: `IKM Uji ${i + 1}`,
      nib: `9120001${String((nibCounter += 1)).padStart(6, '0')}`,
    });
    const product = makeProduct({ enterpriseId: enterprise.id, name: `Produk Uji ${i + 1}` });
    await ctx.db.enterprises.put({
      ...enterprise,
      ...meta,
      nameKey: enterprise.name.toLowerCase(),
      words: [],
      kabKotaCode: '63.03',
      sizeClass: 'kecil',
    });
    await ctx.db.products.put({ ...product, ...meta });
    const nomination = makeNomination({
      roundId: round.id,
      enterpriseId: enterprise.id,
      productId: product.id,
      status,
    });
    await ctx.db.nominations.put({ ...nomination, ...meta });
    nominations.push(nomination);
  }
  return { round, nominations };
}

/** Bytes that pass the PDF signature check and carry a marker text. */
export function pdfLikeBytes(text: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
}
