/**
 * A spreadsheet cell as the pipeline sees it. XLSX readers turn dates into `YYYY-MM-DD` text (or
 * leave the serial number), formulas into their cached result, rich text into plain text.
 */
export type ImportCell = string | number | boolean | null;

export function cellText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'ya' : 'tidak';
  return Number.isFinite(cell) ? String(cell) : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isoDateOf(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Turns a value from a spreadsheet library (exceljs cell values: string, number, boolean, Date,
 * rich text, hyperlink, formula with result, error) into an ImportCell. Formulas never run: only
 * their cached result is read.
 */
export function toImportCell(value: unknown): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return isoDateOf(value);
  if (!isRecord(value)) return null;
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((part: unknown) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
      .join('');
  }
  if ('result' in value) return toImportCell(value.result);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if (typeof value.text === 'string') return value.text;
  if (isRecord(value.text) && Array.isArray(value.text.richText)) return toImportCell(value.text);
  return null;
}
