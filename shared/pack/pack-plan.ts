import type { AttachmentMeta } from '../domain/attachment/attachment.schema';
import { CREDENTIAL_KIND_LABELS } from '../domain/credential/credential.schema';
import type { PackInput, PackLetter, PackNominee } from './pack-input';
import {
  missingScans,
  packableCredentials,
  packLetter,
  selectNominees,
  type MissingScan,
  type PackExclusion,
} from './pack-selection';
import { folderName, namePart, schemeFileName, uniqueNames } from './pack-names';

/** Where a pack file's bytes come from; the renderer resolves each source when writing. */
type PackSource =
  | { kind: 'blob'; hash: string; size: number | null; mediaType: string; attachmentId?: string }
  | { kind: 'profile-pdf'; nominationId: string }
  | { kind: 'rekap' }
  | { kind: 'manifest' };

type PackFileRole =
  'profile' | 'photo' | 'credential' | 'decree' | 'document' | 'letter' | 'rekap' | 'manifest';

export interface PackPlanFile {
  path: string;
  role: PackFileRole;
  source: PackSource;
  /** Store (no compression) for JPEG/PNG/PDF; deflate text. */
  compress: boolean;
  nominationId?: string;
  /** What the officer sees in the pre-flight list, e.g. "Sertifikat Halal 123". */
  label: string;
}

interface PackFolder {
  nominationId: string;
  /** The IKM behind the folder (fix links open its page). */
  enterpriseId: string;
  enterpriseName: string;
  name: string;
}

interface PackPlanWarning {
  code: 'letter-unsigned' | 'letter-missing' | 'no-nominees';
  message: string;
}

export interface PackPlan {
  /** Suggested .zip name (the folder inside is not nested: the zip root holds everything). */
  zipName: string;
  folders: PackFolder[];
  files: PackPlanFile[];
  warnings: PackPlanWarning[];
  /** Nominations of the round left out, each with its reason. */
  excluded: PackExclusion[];
  /** Mandatory scans the packed nominees lack (they block the build). */
  missingScans: MissingScan[];
}

const EXTENSION_BY_MEDIA: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
  'image/webp': 'webp',
};
const extensionFor = (mediaType: string): string => EXTENSION_BY_MEDIA[mediaType] ?? 'bin';

function isImage(a: AttachmentMeta): boolean {
  return a.kind === 'photo';
}

function nomineeFiles(n: PackNominee, folder: string, input: PackInput): PackPlanFile[] {
  const files: PackPlanFile[] = [];
  const nominationId = n.nomination.id;
  files.push({
    path: `${folder}/${schemeFileName('01', 'profil', n.enterprise.name, 'pdf')}`,
    role: 'profile',
    source: { kind: 'profile-pdf', nominationId },
    compress: false,
    nominationId,
    label: `Profil IKM ${n.enterprise.name}`,
  });
  const live = n.attachments.filter((a) => a.deletedAt === undefined);
  live.filter(isImage).forEach((a, i) => {
    const ext = extensionFor(a.mediaType);
    files.push({
      path: `${folder}/${schemeFileName('02', 'foto', String(i + 1).padStart(2, '0'), ext)}`,
      role: 'photo',
      source: {
        kind: 'blob',
        hash: a.hash,
        size: a.size,
        mediaType: a.mediaType,
        attachmentId: a.id,
      },
      compress: false,
      nominationId,
      label: `Foto ${i + 1}${a.caption ? ` (${a.caption})` : ''}`,
    });
  });
  // Only what counts on the close date: expired scans and other products' scans stay out.
  for (const c of packableCredentials(n, input.round.closesOn)) {
    if (!c.scanHash) continue;
    const info = input.blobInfo.get(c.scanHash);
    const mediaType = info?.mediaType ?? 'application/pdf';
    files.push({
      path: `${folder}/${schemeFileName('03', c.kind, c.number, extensionFor(mediaType))}`,
      role: 'credential',
      source: { kind: 'blob', hash: c.scanHash, size: info?.size ?? null, mediaType },
      compress: false,
      nominationId,
      label: `${CREDENTIAL_KIND_LABELS[c.kind]} ${c.number}`,
    });
  }
  if (n.decree?.scanHash) {
    const info = input.blobInfo.get(n.decree.scanHash);
    const mediaType = info?.mediaType ?? 'application/pdf';
    files.push({
      path: `${folder}/${schemeFileName('04', 'sk-sentra', n.decree.number, extensionFor(mediaType))}`,
      role: 'decree',
      source: { kind: 'blob', hash: n.decree.scanHash, size: info?.size ?? null, mediaType },
      compress: false,
      nominationId,
      label: `SK sentra ${n.decree.number}`,
    });
  }
  live
    .filter((a) => !isImage(a))
    .forEach((a, i) => {
      const detail =
        a.caption && a.caption.trim() !== '' ? a.caption : a.originalName.replace(/\.[^.]*$/, '');
      files.push({
        path: `${folder}/${schemeFileName('05', `dokumen-${String(i + 1).padStart(2, '0')}`, detail, extensionFor(a.mediaType))}`,
        role: 'document',
        source: {
          kind: 'blob',
          hash: a.hash,
          size: a.size,
          mediaType: a.mediaType,
          attachmentId: a.id,
        },
        compress: false,
        nominationId,
        label: `Dokumen ${a.caption || a.originalName}`,
      });
    });
  // Two credentials with the same kind and number (or names cut to the same prefix) must not collide.
  const unique = uniqueNames(files.map((f) => f.path));
  return files.map((f, i) => ({ ...f, path: unique[i] ?? f.path }));
}

function letterBlobFile(
  hash: string,
  kind: string,
  number: string,
  label: string,
  input: PackInput,
): PackPlanFile {
  const info = input.blobInfo.get(hash);
  const mediaType = info?.mediaType ?? 'application/pdf';
  return {
    path: schemeFileName('00', kind, number, extensionFor(mediaType)),
    role: 'letter',
    source: { kind: 'blob', hash, size: info?.size ?? null, mediaType },
    compress: false,
    label,
  };
}

/** The letter's generated final PDF and its signed copy, each named for what it is. */
function letterFiles(
  input: PackInput,
  letter: PackLetter | undefined,
): { files: PackPlanFile[]; warning: PackPlanWarning | null } {
  if (!letter) {
    return {
      files: [],
      warning: {
        code: 'letter-missing',
        message:
          'Belum ada surat usulan final kantor ini untuk periode ini: surat tidak ikut dalam paket. Buat dan finalkan surat di halaman Surat.',
      },
    };
  }
  const number = letter.number ?? 'tanpa-nomor';
  const files: PackPlanFile[] = [];
  if (letter.finalPdfHash)
    files.push(
      letterBlobFile(
        letter.finalPdfHash,
        'surat-usulan-pdf-final',
        number,
        `Surat usulan ${number} (PDF final dari aplikasi)`,
        input,
      ),
    );
  if (letter.signedCopyHash)
    files.push(
      letterBlobFile(
        letter.signedCopyHash,
        'surat-usulan-bertanda-tangan',
        number,
        `Surat usulan ${number} (pindaian bertanda tangan)`,
        input,
      ),
    );
  const warning: PackPlanWarning | null = letter.signedCopyHash
    ? null
    : {
        code: 'letter-unsigned',
        message:
          'Salinan surat bertanda tangan belum diunggah: paket memuat PDF final tanpa tanda tangan. Unggah hasil pindaian surat bertanda tangan di halaman Surat.',
      };
  return { files, warning };
}

function scopeSlug(input: PackInput): string {
  return input.scope.kind === 'province'
    ? 'provinsi'
    : namePart(input.scope.name.toLowerCase().replace(/\s+/g, '-'), 40, input.scope.code);
}

/** Orders nominees by kab/kota, then IKM name, so numbering is stable between builds. */
function orderNominees(nominees: readonly PackNominee[]): PackNominee[] {
  return [...nominees].sort(
    (a, b) =>
      a.kabKotaName.localeCompare(b.kabKotaName, 'id') ||
      a.enterprise.name.localeCompare(b.enterprise.name, 'id') ||
      a.nomination.id.localeCompare(b.nomination.id),
  );
}

/** Which file goes where. Pure: no bytes are read; sizes come from the attachment metadata. */
export function buildPackPlan(input: PackInput): PackPlan {
  const inScope =
    input.scope.kind === 'province'
      ? input.nominees
      : input.nominees.filter((n) => n.kabKotaCode === (input.scope as { code: string }).code);
  const chosen = packLetter(input);
  const selection = selectNominees({ ...input, nominees: inScope }, chosen);
  const active = orderNominees(selection.packed);
  const rawFolders = active.map((n, i) => folderName(i + 1, active.length, n.enterprise.name));
  const folderNames = uniqueNames(rawFolders);
  const folders: PackFolder[] = active.map((n, i) => ({
    nominationId: n.nomination.id,
    enterpriseId: n.enterprise.id,
    enterpriseName: n.enterprise.name,
    name: folderNames[i] ?? `${i + 1}`,
  }));
  const files: PackPlanFile[] = [];
  const warnings: PackPlanWarning[] = [];
  const letter = letterFiles(input, chosen);
  files.push(...letter.files);
  if (letter.warning) warnings.push(letter.warning);
  active.forEach((n, i) =>
    files.push(...nomineeFiles(n, folders[i]?.name ?? String(i + 1), input)),
  );
  files.push({
    path: 'rekap.xlsx',
    role: 'rekap',
    source: { kind: 'rekap' },
    compress: false,
    label: 'Rekap usulan (Excel)',
  });
  files.push({
    path: 'manifest.json',
    role: 'manifest',
    source: { kind: 'manifest' },
    compress: true,
    label: 'Manifest (daftar berkas dan sidik SHA-256)',
  });
  if (active.length === 0)
    warnings.push({
      code: 'no-nominees',
      message: 'Tidak ada usulan yang siap dikirim untuk periode dan wilayah ini.',
    });
  const missing = active.flatMap((n) => missingScans(n, input.round.closesOn));
  return {
    zipName: `paket-ovop-${input.round.year}-${scopeSlug(input)}.zip`,
    folders,
    files,
    warnings,
    excluded: selection.excluded,
    missingScans: missing,
  };
}
