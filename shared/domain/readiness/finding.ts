/** One readiness finding about a nomination candidate. */
export type FindingSeverity = 'blocking' | 'advisory';
type FindingEntity =
  'nomination' | 'enterprise' | 'product' | 'sentra' | 'decree' | 'credential' | 'attachment';

interface FindingTarget {
  entity: FindingEntity;
  /** The record to open; undefined when the record is missing (e.g. no SK yet). */
  id?: string;
  /** The field to fix, as named in the entity schema. */
  field?: string;
}

export interface Finding {
  /** Stable code, e.g. 'halal-missing' or 'checklist:profil-usaha'. */
  code: string;
  severity: FindingSeverity;
  /** Indonesian, ready to show. */
  message: string;
  target: FindingTarget;
}

export type ReadinessLight = 'siap' | 'perlu-perhatian' | 'belum-siap';

export const READINESS_LIGHT_LABELS: Record<ReadinessLight, string> = {
  siap: 'Siap',
  'perlu-perhatian': 'Perlu perhatian',
  'belum-siap': 'Belum siap',
};

export const SEVERITY_LABELS: Record<FindingSeverity, string> = {
  blocking: 'Wajib dipenuhi',
  advisory: 'Saran',
};

/** Red if anything blocks, amber if only advice, green otherwise. */
export function readinessLight(findings: readonly Finding[]): ReadinessLight {
  if (findings.some((f) => f.severity === 'blocking')) return 'belum-siap';
  if (findings.length > 0) return 'perlu-perhatian';
  return 'siap';
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'blocking');
}
