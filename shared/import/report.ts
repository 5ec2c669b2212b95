import type { EnterpriseForm } from '../domain/enterprise/enterprise';
import type { SentraDecreeForm, SentraForm } from '../domain/sentra/sentra';
import type { ImportField, ImportKind } from './fields';
import type { ImportedCredential, ImportedProduct } from './imported-records';

export const ROW_OUTCOMES = ['valid', 'normalised', 'invalid', 'duplicate', 'skipped'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

export const ROW_OUTCOME_LABELS: Record<RowOutcome, string> = {
  valid: 'Sah',
  normalised: 'Sah (dirapikan)',
  invalid: 'Tidak sah',
  duplicate: 'Duplikat',
  skipped: 'Dilewati',
};

export interface RowMessage {
  readonly severity: 'error' | 'warning' | 'info';
  readonly field?: ImportField;
  /** The sheet's own header text for that column, when the message is about one column. */
  readonly column?: string;
  readonly text: string;
}

export type DuplicateChoice = 'skip' | 'update' | 'add';
export const DUPLICATE_CHOICE_LABELS: Record<DuplicateChoice, string> = {
  skip: 'Lewati',
  update: 'Perbarui data lama',
  add: 'Tambahkan sebagai data baru',
};

export interface DuplicateInfo {
  readonly against: 'register' | 'file';
  readonly by: 'nib' | 'name-village';
  /** Register id of the existing record (against register). */
  readonly existingId?: string;
  readonly existingName: string;
  /** Spreadsheet row number of the earlier row (against file). */
  readonly firstRow?: number;
  readonly choices: readonly DuplicateChoice[];
  readonly defaultChoice: DuplicateChoice;
}

/**
 * A validated row. An IKM may bring its product (Produk + Komoditi) and one legalitas; its sentra
 * link, when the name matched a sentra of the register, is `value.sentraId`.
 */
export type ImportForm =
  | {
      readonly kind: 'ikm';
      readonly value: EnterpriseForm;
      readonly product?: ImportedProduct;
      readonly credential?: ImportedCredential;
    }
  | {
      readonly kind: 'sentra';
      readonly value: SentraForm;
      /** The sentra's SK penetapan, from the SK columns. */
      readonly decree?: SentraDecreeForm;
    };

export interface ImportRowReport {
  /** Row number as the spreadsheet shows it (1-based). */
  readonly row: number;
  readonly outcome: RowOutcome;
  readonly messages: readonly RowMessage[];
  /** Normalised values shown in the report, by field. */
  readonly values: Readonly<Partial<Record<ImportField, string | number | boolean>>>;
  /** The validated record, for valid, normalised and duplicate rows. */
  readonly form?: ImportForm;
  readonly duplicate?: DuplicateInfo;
}

export interface ImportSummary {
  readonly kind: ImportKind;
  readonly sheet: string;
  /** Spreadsheet row number of the header row. */
  readonly headerRow: number;
  readonly columns: readonly { readonly header: string; readonly field: ImportField | null }[];
  readonly total: number;
  readonly counts: Readonly<Record<RowOutcome, number>>;
}

export interface ImportReport {
  readonly summary: ImportSummary;
  readonly rows: readonly ImportRowReport[];
}

export function countOutcomes(rows: readonly ImportRowReport[]): Record<RowOutcome, number> {
  const counts: Record<RowOutcome, number> = {
    valid: 0,
    normalised: 0,
    invalid: 0,
    duplicate: 0,
    skipped: 0,
  };
  for (const r of rows) counts[r.outcome] += 1;
  return counts;
}

export function messageText(m: RowMessage): string {
  return m.column ? `${m.column}: ${m.text}` : m.text;
}

/** The JSON the CLI prints: messages as plain Indonesian strings. */
export function reportToJson(report: ImportReport): {
  summary: ImportSummary;
  rows: {
    row: number;
    outcome: RowOutcome;
    messages: string[];
    values: Record<string, string | number | boolean>;
  }[];
} {
  return {
    summary: report.summary,
    rows: report.rows.map((r) => ({
      row: r.row,
      outcome: r.outcome,
      messages: r.messages.map(messageText),
      values: { ...r.values } as Record<string, string | number | boolean>,
    })),
  };
}
