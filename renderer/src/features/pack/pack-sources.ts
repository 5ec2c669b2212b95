import { regionDisplayName } from '@shared/text/region-name';
import { regionName } from '../../regions';
import type { AppRepositories, BlobStore } from '../../db';
import { detectFileType, FILE_TYPE_MEDIA } from '@shared/domain/attachment/file-type';
import { kabKotaOf, kecamatanOf, regionLevel } from '@shared/domain/common/region';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import type { Round } from '@shared/domain/round/round.schema';
import type { PackInput, PackNominee, PackScope } from '@shared/pack/pack-input';

/** Adapter (Paket Kirim → repositories): what a pack needs for one round, as domain entities. */

/** Live rounds, newest year first. */
export function loadRounds(repos: AppRepositories): Promise<Round[]> {
  return repos.rounds.list();
}

/** A region's display name, or empty when unknown or the list cannot be read. */
async function nameOf(code: string | undefined): Promise<string> {
  if (code === undefined) return '';
  try {
    return regionDisplayName((await regionName(code)) ?? '');
  } catch {
    return '';
  }
}

async function nomineeOf(
  repos: AppRepositories,
  nomination: Nomination,
  kabKotaNames: ReadonlyMap<string, string>,
): Promise<PackNominee | undefined> {
  const enterprise = await repos.enterprises.get(nomination.enterpriseId);
  if (!enterprise || enterprise.deletedAt !== undefined) return undefined;
  const product = await repos.enterprises.products.get(nomination.productId);
  const sentra = enterprise.sentraId ? await repos.sentras.get(enterprise.sentraId) : undefined;
  const decree = sentra?.decreeId ? await repos.sentras.decrees.get(sentra.decreeId) : undefined;
  const credentials = (await repos.enterprises.credentials.list(enterprise.id)).filter(
    (c) =>
      c.deletedAt === undefined &&
      (c.productId === undefined || c.productId === nomination.productId),
  );
  const attachments = await repos.attachments.listByOwners([
    { type: 'enterprise', id: enterprise.id },
    { type: 'product', id: nomination.productId },
    { type: 'nomination', id: nomination.id },
  ]);
  const kabKotaCode = kabKotaOf(enterprise.regionCode) ?? '';
  const [kecamatanName, desaName, award] = await Promise.all([
    nameOf(kecamatanOf(enterprise.regionCode)),
    nameOf(regionLevel(enterprise.regionCode) === 'desa' ? enterprise.regionCode : undefined),
    nomination.awardId ? repos.enterprises.awards.get(nomination.awardId) : undefined,
  ]);
  return {
    kecamatanName,
    desaName,
    ...(award ? { award } : {}),
    nomination,
    enterprise,
    product,
    sentra,
    decree,
    credentials,
    attachments,
    kabKotaCode,
    kabKotaName: kabKotaNames.get(kabKotaCode) ?? kabKotaCode,
  };
}

/** Sizes and types of blobs known only by hash (scans, letter PDFs): read one at a time, then dropped. */
async function blobInfoFor(
  blobs: BlobStore,
  hashes: readonly string[],
): Promise<Map<string, { size: number; mediaType: string }>> {
  const info = new Map<string, { size: number; mediaType: string }>();
  for (const hash of new Set(hashes)) {
    const bytes = await blobs.get(hash).catch(() => undefined);
    if (bytes)
      info.set(hash, { size: bytes.length, mediaType: FILE_TYPE_MEDIA[detectFileType(bytes)] });
  }
  return info;
}

export async function loadPackInput(
  repos: AppRepositories,
  round: Round,
  scope: PackScope,
  kabKotaNames: ReadonlyMap<string, string>,
): Promise<PackInput> {
  const nominations = await repos.nominations.listByRound(round.id);
  const nominees: PackNominee[] = [];
  for (const n of nominations) {
    const nominee = await nomineeOf(repos, n, kabKotaNames);
    if (nominee && (scope.kind === 'province' || nominee.kabKotaCode === scope.code))
      nominees.push(nominee);
  }
  const [letters, office] = await Promise.all([
    repos.letters.listByRound(round.id),
    repos.office.get(),
  ]);
  const hashes = [
    ...nominees.flatMap((n) => [...n.credentials.map((c) => c.scanHash), n.decree?.scanHash]),
    ...letters.flatMap((l) => [l.signedCopyHash, l.finalPdfHash]),
  ].filter((h): h is string => typeof h === 'string');
  return {
    round,
    scope,
    nominees,
    officeId: office.profile.id,
    letters: letters.map((l) => ({
      id: l.id,
      officeId: l.officeId,
      roundId: l.roundId,
      number: l.number,
      status: l.status,
      finalPdfHash: l.finalPdfHash,
      signedCopyHash: l.signedCopyHash,
      updatedAt: l.updatedAt,
      annexes: l.annexes,
    })),
    blobInfo: await blobInfoFor(repos.blobsOnDemand, hashes),
  };
}
