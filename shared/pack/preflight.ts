import { formatBytes } from '../bundle/zip-problem';
import type { PackLimits } from './pack-limits';
import type { PackPlan, PackPlanFile } from './pack-plan';

/** A way to fix a problem that the Paket Kirim page can offer as a button. */
type PackFix =
  | { kind: 'shrink-photo'; label: string; attachmentId: string; hash: string; targetBytes: number }
  | { kind: 'open-page'; label: string; route: string };

export interface PackProblem {
  severity: 'error' | 'warning';
  code:
    | 'photo-too-large'
    | 'pdf-too-large'
    | 'type-not-allowed'
    | 'photos-missing'
    | 'letter-unsigned'
    | 'letter-missing'
    | 'no-nominees'
    | 'scan-missing'
    | 'excluded';
  message: string;
  path: string | null;
  fix: PackFix | null;
}

const TYPE_OF_MEDIA: Record<string, 'jpeg' | 'png' | 'pdf'> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};
const TYPE_LABELS = { jpeg: 'JPG', png: 'PNG', pdf: 'PDF' } as const;

const TAB_OF_ROLE: Partial<Record<PackPlanFile['role'], string>> = {
  photo: 'foto',
  credential: 'legalitas',
  document: 'dokumen',
  profile: 'profil',
};

/** The IKM page (and tab) where a file of this pack can be replaced; the register list when unknown. */
function enterpriseFixRoute(enterpriseId: string | undefined, tab: string | undefined): string {
  if (enterpriseId === undefined) return '/ikm';
  return `/ikm/${encodeURIComponent(enterpriseId)}${tab !== undefined ? `?tab=${tab}` : ''}`;
}

function fileProblems(
  file: PackPlanFile,
  limits: PackLimits,
  enterpriseOf: ReadonlyMap<string, string>,
): PackProblem[] {
  const replaceRoute = enterpriseFixRoute(
    file.nominationId !== undefined ? enterpriseOf.get(file.nominationId) : undefined,
    TAB_OF_ROLE[file.role],
  );
  if (file.source.kind !== 'blob') return [];
  const { size, mediaType } = file.source;
  const type = TYPE_OF_MEDIA[mediaType];
  const allowed = limits.allowedTypes.map((t) => TYPE_LABELS[t]).join(', ');
  if (!type || !limits.allowedTypes.includes(type)) {
    const canConvert = file.role === 'photo' && file.source.attachmentId !== undefined;
    return [
      {
        severity: 'error',
        code: 'type-not-allowed',
        message: `${file.label}: jenis berkas tidak diterima portal (hanya ${allowed}).`,
        path: file.path,
        fix: canConvert
          ? {
              kind: 'shrink-photo',
              label: 'Ubah ke JPG',
              attachmentId: file.source.attachmentId as string,
              hash: file.source.hash,
              targetBytes: limits.maxPhotoBytes,
            }
          : { kind: 'open-page', label: 'Ganti berkas', route: replaceRoute },
      },
    ];
  }
  if (size === null) return [];
  if (type !== 'pdf' && size > limits.maxPhotoBytes) {
    return [
      {
        severity: 'error',
        code: 'photo-too-large',
        message: `${file.label}: foto ${formatBytes(size)} melebihi batas ${formatBytes(limits.maxPhotoBytes)}.`,
        path: file.path,
        fix:
          file.source.attachmentId !== undefined
            ? {
                kind: 'shrink-photo',
                label: 'Perkecil',
                attachmentId: file.source.attachmentId,
                hash: file.source.hash,
                targetBytes: limits.maxPhotoBytes,
              }
            : { kind: 'open-page', label: 'Ganti berkas', route: replaceRoute },
      },
    ];
  }
  if (type === 'pdf' && size > limits.maxPdfBytes) {
    return [
      {
        severity: 'error',
        code: 'pdf-too-large',
        message: `${file.label}: PDF ${formatBytes(size)} melebihi batas ${formatBytes(limits.maxPdfBytes)}. Pindai ulang dengan resolusi lebih rendah (150 dpi, hitam-putih) lalu ganti berkasnya.`,
        path: file.path,
        fix: {
          kind: 'open-page',
          label: 'Ganti berkas',
          route: file.role === 'letter' ? '/surat' : replaceRoute,
        },
      },
    ];
  }
  return [];
}

/**
 * Checks a plan against the portal's per-file limits before anything is built, listing every
 * problem with a way to fix it. Errors block the build; warnings are shown and packed anyway.
 */
export function preflight(
  plan: PackPlan,
  limits: PackLimits,
  requiredPhotos: number,
): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const w of plan.warnings) {
    problems.push({
      severity: w.code === 'no-nominees' ? 'error' : 'warning',
      code: w.code,
      message: w.message,
      path: null,
      fix:
        w.code === 'no-nominees'
          ? { kind: 'open-page', label: 'Buka Usulan', route: '/usulan' }
          : { kind: 'open-page', label: 'Buka Surat', route: '/surat' },
    });
  }
  for (const m of plan.missingScans) {
    problems.push({
      severity: 'error',
      code: 'scan-missing',
      message: `${m.enterpriseName}: ${m.label} belum ada; portal mewajibkannya.`,
      path: null,
      fix: {
        kind: 'open-page',
        label: 'Lengkapi',
        route: enterpriseFixRoute(m.enterpriseId, m.label.includes('SK') ? undefined : 'legalitas'),
      },
    });
  }
  for (const x of plan.excluded) {
    problems.push({
      severity: 'warning',
      code: 'excluded',
      message: `${x.enterpriseName} tidak ikut dalam paket: ${x.reason}.`,
      path: null,
      fix: null,
    });
  }
  const enterpriseOf = new Map(plan.folders.map((f) => [f.nominationId, f.enterpriseId]));
  for (const file of plan.files) problems.push(...fileProblems(file, limits, enterpriseOf));
  for (const folder of plan.folders) {
    const photos = plan.files.filter(
      (f) => f.nominationId === folder.nominationId && f.role === 'photo',
    ).length;
    if (photos < requiredPhotos) {
      problems.push({
        severity: 'warning',
        code: 'photos-missing',
        message: `${folder.enterpriseName}: ${photos} foto, periode ini meminta ${requiredPhotos}.`,
        path: folder.name,
        fix: {
          kind: 'open-page',
          label: 'Tambah foto',
          route: enterpriseFixRoute(folder.enterpriseId, 'foto'),
        },
      });
    }
  }
  return problems;
}

export const hasBlockingProblems = (problems: readonly PackProblem[]): boolean =>
  problems.some((p) => p.severity === 'error');
