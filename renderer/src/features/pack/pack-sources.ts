import type { AttachmentMeta } from '@shared/domain/attachment/attachment.schema';
import { detectFileType, FILE_TYPE_MEDIA } from '@shared/domain/attachment/file-type';
import type { Credential } from '@shared/domain/credential/credential.schema';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import type { Product } from '@shared/domain/product/product.schema';
import type { Round } from '@shared/domain/round/round.schema';
import type { Sentra, SentraDecree } from '@shared/domain/sentra/sentra.schema';
import type { PackInput, PackNominee, PackScope } from '@shared/pack/pack-input';
import { createBlobStore, type BlobStore } from '../../db/blob-store';
import type { RepositoryContext } from '../../db/context';
import { toEntity } from '../../db/entity-store';
import type { AttachmentRecord } from '../../db/records';
import { letterFromRecord } from '../letter/letter-records';

/**
 * Adapter (Paket Kirim → db layer): reads what a pack needs for one round straight from the tables,
 * mapping records back to domain entities with the db layer's own `toEntity`.
 */
const ENTERPRISE_DERIVED = ['nameKey', 'words', 'kabKotaCode', 'commodity', 'sizeClass'];
const SENTRA_DERIVED = ['nameKey', 'words', 'kabKotaCode', 'enterpriseCount'];

export async function loadRounds(ctx: RepositoryContext): Promise<Round[]> {
  const rows = await ctx.db.rounds.toArray();
  return rows
    .filter((r) => r.deletedAt === undefined)
    .map((r) => toEntity<Round>(r, []))
    .sort((a, b) => b.year - a.year);
}

function attachmentOf(record: AttachmentRecord): AttachmentMeta {
  const { ownerKey: _k, schemaVersion: _s, revision: _r, live: _l, ...meta } = record;
  return meta;
}

async function liveAttachments(ctx: RepositoryContext, ownerKeys: string[]): Promise<AttachmentMeta[]> {
  const rows = await ctx.db.attachments.where('ownerKey').anyOf(ownerKeys).toArray();
  return rows.filter((r) => r.deletedAt === undefined).map(attachmentOf).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

async function nomineeOf(ctx: RepositoryContext, nomination: Nomination, kabKotaNames: ReadonlyMap<string, string>): Promise<PackNominee | undefined> {
  const enterpriseRecord = await ctx.db.enterprises.get(nomination.enterpriseId);
  if (!enterpriseRecord || enterpriseRecord.deletedAt !== undefined) return undefined;
  const enterprise = toEntity<Enterprise>(enterpriseRecord, ENTERPRISE_DERIVED);
  const productRecord = await ctx.db.products.get(nomination.productId);
  const product = productRecord ? toEntity<Product>(productRecord, []) : undefined;
  const sentraRecord = enterprise.sentraId ? await ctx.db.sentras.get(enterprise.sentraId) : undefined;
  const sentra = sentraRecord ? toEntity<Sentra>(sentraRecord, SENTRA_DERIVED) : undefined;
  const decreeRecord = sentra?.decreeId ? await ctx.db.decrees.get(sentra.decreeId) : undefined;
  const decree = decreeRecord ? toEntity<SentraDecree>(decreeRecord, []) : undefined;
  const credentials = (await ctx.db.credentials.where('enterpriseId').equals(enterprise.id).toArray())
    .filter((c) => c.deletedAt === undefined && (c.productId === undefined || c.productId === nomination.productId))
    .map((c) => toEntity<Credential>(c, []));
  const attachments = await liveAttachments(ctx, [`enterprise:${enterprise.id}`, `product:${nomination.productId}`, `nomination:${nomination.id}`]);
  const kabKotaCode = enterpriseRecord.kabKotaCode;
  return { nomination, enterprise, product, sentra, decree, credentials, attachments, kabKotaCode, kabKotaName: kabKotaNames.get(kabKotaCode) ?? kabKotaCode };
}

/** Sizes and types of blobs known only by hash (scans, letter PDFs): read one at a time, then dropped. */
async function blobInfoFor(blobs: BlobStore, hashes: readonly string[]): Promise<Map<string, { size: number; mediaType: string }>> {
  const info = new Map<string, { size: number; mediaType: string }>();
  for (const hash of new Set(hashes)) {
    const bytes = await blobs.get(hash).catch(() => undefined);
    if (bytes) info.set(hash, { size: bytes.length, mediaType: FILE_TYPE_MEDIA[detectFileType(bytes)] });
  }
  return info;
}

export async function loadPackInput(
  ctx: RepositoryContext,
  round: Round,
  scope: PackScope,
  kabKotaNames: ReadonlyMap<string, string>,
): Promise<PackInput> {
  const nominations = (await ctx.db.nominations.where('roundId').equals(round.id).toArray())
    .filter((n) => n.deletedAt === undefined)
    .map((n) => toEntity<Nomination>(n, []));
  const nominees: PackNominee[] = [];
  for (const n of nominations) {
    const nominee = await nomineeOf(ctx, n, kabKotaNames);
    if (nominee && (scope.kind === 'province' || nominee.kabKotaCode === scope.code)) nominees.push(nominee);
  }
  const letters = (await ctx.db.letters.where('roundId').equals(round.id).toArray()).map(letterFromRecord).filter((l) => l !== undefined);
  const hashes = [
    ...nominees.flatMap((n) => [...n.credentials.map((c) => c.scanHash), n.decree?.scanHash]),
    ...letters.flatMap((l) => [l.signedCopyHash, l.finalPdfHash]),
  ].filter((h): h is string => typeof h === 'string');
  return {
    round,
    scope,
    nominees,
    letters: letters.map((l) => ({ id: l.id, number: l.number, status: l.status, finalPdfHash: l.finalPdfHash, signedCopyHash: l.signedCopyHash, updatedAt: l.updatedAt })),
    blobInfo: await blobInfoFor(createBlobStore(ctx.db), hashes),
  };
}
