import { strToU8 } from 'fflate';
import { enterpriseProfileDocument, type ProfilePhoto } from '@shared/documents/enterprise-profile';
import { profileImageDataUrl } from '@shared/documents/profile-image';
import type { PackInput } from '@shared/pack/pack-input';
import { PACK_FORMAT, type PackManifest } from '@shared/pack/pack-manifest';
import type { PackPlan, PackPlanFile } from '@shared/pack/pack-plan';
import { rekapSheet } from '@shared/pack/rekap';
import { sha256Hex, type BlobStore, type StoredBlob } from '../../db';
import { renderPdf } from '../../platform/pdf';
import { buildZipBlob, type ZipBuildProgress, type ZipWriterFile } from '../../platform/zip';
import { rekapXlsx } from './rekap-xlsx';

export interface PackContext {
  input: PackInput;
  plan: PackPlan;
  blobs: BlobStore;
  officeName: string;
  appVersion: string;
  /** ISO date-time of the build (manifest) and `YYYY-MM-DD` for the profiles. */
  createdAt: string;
  today: string;
  scopeLabel: string;
  /** Test seam: the browser renders in a worker; tests may pass a stub. */
  render?: typeof renderPdf;
}

const MAX_PROFILE_PHOTOS = 6;

async function profilePdf(ctx: PackContext, nominationId: string): Promise<Uint8Array> {
  const n = ctx.input.nominees.find((x) => x.nomination.id === nominationId);
  if (!n) throw new Error('Data usulan untuk profil tidak ditemukan.');
  const photos: ProfilePhoto[] = [];
  for (const a of n.attachments
    .filter((x) => x.kind === 'photo' && x.deletedAt === undefined)
    .slice(0, MAX_PROFILE_PHOTOS)) {
    const bytes = await ctx.blobs.get(a.thumbnailHash ?? a.hash).catch(() => undefined);
    const dataUrl = bytes ? profileImageDataUrl(bytes) : undefined;
    if (dataUrl) photos.push({ dataUrl, caption: a.caption ?? a.originalName });
  }
  const definition = enterpriseProfileDocument({
    enterprise: n.enterprise,
    product: n.product,
    sentra: n.sentra,
    decree: n.decree,
    credentials: n.credentials,
    photos,
    kabKotaName: n.kabKotaName,
    roundName: ctx.input.round.name,
    officeName: ctx.officeName,
    printedOn: ctx.today,
  });
  return (ctx.render ?? renderPdf)(definition);
}

async function bytesOf(ctx: PackContext, file: PackPlanFile): Promise<StoredBlob> {
  switch (file.source.kind) {
    case 'blob': {
      const stored = await ctx.blobs.read(file.source.hash);
      if (!stored)
        throw new Error(
          `${file.label}: berkas tidak ditemukan di penyimpanan lampiran. Unggah ulang berkasnya.`,
        );
      return stored;
    }
    case 'profile-pdf':
      return { bytes: await profilePdf(ctx, file.source.nominationId) };
    case 'rekap':
      return {
        bytes: await rekapXlsx(
          rekapSheet(
            ctx.input.nominees,
            ctx.plan,
            ctx.input.round.requiredPhotos,
            ctx.input.round.closesOn,
          ),
          `Rekap usulan ${ctx.input.round.name} — ${ctx.scopeLabel}`,
        ),
      };
    case 'manifest':
      throw new Error('manifest dibuat terakhir');
  }
}

/**
 * Produces the pack's files one at a time (each is hashed, handed to the zip writer, then
 * released), finishing with manifest.json over everything before it.
 */
async function* packFiles(ctx: PackContext): AsyncGenerator<ZipWriterFile> {
  const listed: PackManifest['files'] = [];
  for (const file of ctx.plan.files) {
    if (file.source.kind === 'manifest') continue;
    const { bytes, crc32 } = await bytesOf(ctx, file);
    listed.push({ path: file.path, size: bytes.length, sha256: await sha256Hex(bytes) });
    yield { name: file.path, bytes, compress: file.compress, crc32 };
  }
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: 1,
    appVersion: ctx.appVersion,
    createdAt: ctx.createdAt,
    round: { id: ctx.input.round.id, name: ctx.input.round.name, year: ctx.input.round.year },
    scope: ctx.scopeLabel,
    office: ctx.officeName,
    files: listed,
  };
  yield {
    name: 'manifest.json',
    bytes: strToU8(JSON.stringify(manifest, null, 2)),
    compress: true,
  };
}

export function buildPackZip(
  ctx: PackContext,
  options: { signal?: AbortSignal; onProgress?: (p: ZipBuildProgress) => void },
): Promise<Blob> {
  return buildZipBlob(packFiles(ctx), ctx.plan.files.length, options);
}
