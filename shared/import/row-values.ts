import { COMMODITY_LABELS } from '../domain/common/commodity';
import { formatShortDate } from '../domain/common/date';
import type { ImportCell } from './cell';
import { fieldLabel, type ImportField, type ImportKind } from './fields';
import type { ColumnMapping } from './header-mapping';
import {
  cleanText,
  normaliseText,
  parseCommodity,
  parseImportDate,
  parseIndonesianNumber,
  parseCount,
  parseNibCell,
  parseYear,
  parseYesNo,
  type Normalised,
} from './normalise';
import type { RowMessage } from './report';

/** The cells of one row, by field, with the sheet's header for each. */
export interface RowCells {
  readonly cells: Partial<Record<ImportField, ImportCell>>;
  readonly headers: Partial<Record<ImportField, string>>;
}

export function rowCells(
  row: readonly ImportCell[],
  headers: readonly string[],
  mapping: ColumnMapping,
): RowCells {
  const cells: Partial<Record<ImportField, ImportCell>> = {};
  const heads: Partial<Record<ImportField, string>> = {};
  mapping.forEach((field, i) => {
    if (field === null) return;
    cells[field] = row[i] ?? null;
    heads[field] = headers[i] ?? fieldLabel('ikm', field);
  });
  return { cells, headers: heads };
}

/** The owner name stored for an IKM whose register row has none (the officer completes it later). */
export const OWNER_UNKNOWN = 'belum diisi';

/** Collects normalised values and messages for one row. */
export class RowReader {
  readonly messages: RowMessage[] = [];
  readonly values: Partial<Record<ImportField, string | number | boolean>> = {};
  changed = false;

  constructor(
    private readonly kind: ImportKind,
    private readonly row: RowCells,
  ) {}

  column(field: ImportField): string {
    return this.row.headers[field] ?? fieldLabel(this.kind, field);
  }

  has(field: ImportField): boolean {
    return field in this.row.cells;
  }

  private take<T>(
    field: ImportField,
    result: Normalised<T>,
    note?: (value: T) => string,
  ): T | undefined {
    if (!result.ok) {
      this.messages.push({
        severity: 'error',
        field,
        column: this.column(field),
        text: result.message,
      });
      return undefined;
    }
    if (result.value !== undefined && result.value !== '')
      this.values[field] = result.value as string | number | boolean;
    if (result.changed) {
      this.changed = true;
      if (note)
        this.messages.push({
          severity: 'info',
          field,
          column: this.column(field),
          text: note(result.value),
        });
    }
    return result.value;
  }

  /** The cleaned text of a cell without recording it as the field's value. */
  peek(field: ImportField): string {
    return cleanText(this.row.cells[field]);
  }

  text(field: ImportField): string {
    return this.take(field, normaliseText(this.row.cells[field])) ?? '';
  }

  number(field: ImportField): number | undefined {
    const label = fieldLabel(this.kind, field);
    return this.take(
      field,
      parseIndonesianNumber(this.row.cells[field], label),
      (v) => `dibaca sebagai ${String(v)}`,
    );
  }

  /** Text that the record needs but the sheet may leave empty: the placeholder, with a warning. */
  filledText(field: ImportField, placeholder: string, warning: string): string {
    const value = this.text(field);
    if (value !== '') return value;
    this.warn(field, warning);
    return placeholder;
  }

  /**
   * An optional figure (workers, investment, units): "12 unit", "15 IKM" and "Rp 1.500.000" read as
   * numbers; a blank or "-" is stored as 0 with a warning, for the officer (and the readiness
   * check) to complete later. Only a value that is not a number refuses the row.
   */
  figure(field: ImportField): number | undefined {
    const label = fieldLabel(this.kind, field);
    const value = this.take(
      field,
      parseCount(this.row.cells[field], label),
      (v) => `dibaca sebagai ${String(v)}`,
    );
    if (
      value !== undefined ||
      this.messages.some((m) => m.field === field && m.severity === 'error')
    )
      return value;
    this.warn(field, `${label} kosong; dicatat 0 untuk dilengkapi kemudian`);
    return 0;
  }

  /** An SK number typed with stray spaces ("188.45 / 123 /KUM/ 2019") → "188.45/123/KUM/2019". */
  decreeNumber(field: ImportField): string {
    const typed = this.text(field);
    const value = typed.replace(/\s*([/.-])\s*/g, '$1');
    if (value !== typed) this.info(field, `Nomor SK dirapikan menjadi ${value}`);
    if (value !== '') this.values[field] = value;
    return value;
  }

  year(field: ImportField): number | undefined {
    return this.take(
      field,
      parseYear(this.row.cells[field], fieldLabel(this.kind, field)),
      (v) => `dibaca sebagai tahun ${String(v)}`,
    );
  }

  /** A date column ("21 Mei 2024", "21/05/2024", an Excel serial) as `YYYY-MM-DD`. */
  date(field: ImportField): string | undefined {
    return this.take(
      field,
      parseImportDate(this.row.cells[field], fieldLabel(this.kind, field)),
      (v) => `dibaca sebagai tanggal ${v ? formatShortDate(v) : ''}`,
    );
  }

  yesNo(field: ImportField): boolean | undefined {
    return this.take(
      field,
      parseYesNo(this.row.cells[field], fieldLabel(this.kind, field)),
      (v) => `dibaca sebagai "${v ? 'ya' : 'tidak'}"`,
    );
  }

  nib(field: ImportField): string {
    return (
      this.take(field, parseNibCell(this.row.cells[field]), (v) => `NIB dirapikan menjadi ${v}`) ??
      ''
    );
  }

  commodity(field: ImportField, required: boolean) {
    if (required && this.peek(field) === '') {
      this.error(field, `${fieldLabel(this.kind, field)} wajib diisi`);
      return undefined;
    }
    const result = parseCommodity(this.row.cells[field]);
    if (!result.ok && !required) {
      this.messages.push({
        severity: 'warning',
        field,
        column: this.column(field),
        text: result.message,
      });
      return undefined;
    }
    return this.take(field, result, (v) => `dibaca sebagai "${v ? COMMODITY_LABELS[v] : ''}"`);
  }

  error(field: ImportField | undefined, text: string): void {
    this.messages.push({
      severity: 'error',
      ...(field ? { field, column: this.column(field) } : {}),
      text,
    });
  }

  /** A note that changes nothing about the row's outcome (e.g. "matched at import time"). */
  info(field: ImportField | undefined, text: string): void {
    this.messages.push({
      severity: 'info',
      ...(field ? { field, column: this.column(field) } : {}),
      text,
    });
  }

  warn(field: ImportField | undefined, text: string): void {
    this.changed = true;
    this.messages.push({
      severity: 'warning',
      ...(field ? { field, column: this.column(field) } : {}),
      text,
    });
  }
}
