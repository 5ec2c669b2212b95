import type { Sentra } from './sentra.schema';

export * from './sentra.schema';

/** PP 29/2018: a sentra IKM gathers at least this many business units. */
export const MIN_SENTRA_UNITS = 5;

export interface SentraWarning {
  code: 'too-few-units';
  field: keyof Sentra;
  message: string;
}

/** Warnings shown on the sentra form; they do not stop saving. */
export function sentraWarnings(sentra: Pick<Sentra, 'unitCount'>): SentraWarning[] {
  const warnings: SentraWarning[] = [];
  if (sentra.unitCount < MIN_SENTRA_UNITS) {
    warnings.push({
      code: 'too-few-units',
      field: 'unitCount',
      message: `Sentra IKM minimal ${MIN_SENTRA_UNITS} unit usaha (PP 29/2018)`,
    });
  }
  return warnings;
}
