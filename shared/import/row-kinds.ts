import { cellText, type ImportCell } from './cell';
import type { ColumnMapping } from './header-mapping';

/** Why a row that is not a record is skipped; `kabKota` when a group row names the kab/kota below it. */
export type NonDataRow = {
  readonly reason: string;
  readonly kabKota?: string;
  readonly signature?: boolean;
};

const clean = (cell: ImportCell | undefined): string =>
  cellText(cell ?? null)
    .replace(/\s+/g, ' ')
    .trim();

const PLACEHOLDER = /^(-+|0|\.+|…|—|–|n\/?a|tidak ada data)$/i;
const TOTALS = /^(sub ?total|total|jumlah|jml\.?|grand total|jumlah total|rekapitulasi)\b/i;
const SIGNATURE =
  /^(mengetahui|menyetujui|disetujui|dibuat oleh|kepala (dinas|bidang|seksi|bagian)|kadis|kabid|kasi|plt\.?\s|plh\.?\s|a\.?\s?n\.?\s|ttd\.?|dto\.?|nip[.:\s]|pembina|penata)/i;
const PLACE_DATE = /^[A-Za-z][A-Za-z .'-]{2,40},\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$/;
const GROUP_NUMBERING = /^(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]\s+/;
const REGION_WORD = /^(kabupaten|kab\.?|kota|kecamatan|kec\.?|provinsi|prov\.?|wilayah)\s/i;

/** "(1) (2) (3) …" or "1 2 3 …" under the header: the column-number row of official tables. */
function isNumberingRow(filled: readonly string[]): boolean {
  if (filled.length < 3) return false;
  const numbers = filled.map((t) => /^\(?(\d{1,2})\)?$/.exec(t)?.[1]);
  if (numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) === Number(numbers[i - 1]) + 1);
}

/**
 * Rows of a register that are not records: blank rows, the column-number row, group rows (a
 * kab/kota title merged across the sheet), totals, template rows holding only a number or "-",
 * and the signature block (from its first line to the end of the sheet). `nameColumn` is where the
 * record's name is; a row holding only a name is still a record (and gets its own messages).
 */
export function classifyRow(
  cells: readonly ImportCell[],
  mapping: ColumnMapping,
  inSignature: boolean,
): NonDataRow | undefined {
  const filled = cells.map(clean);
  const present = filled.filter((t) => t !== '');
  if (present.length === 0) return { reason: 'Baris kosong dilewati' };
  if (inSignature) return { reason: 'Blok tanda tangan dilewati', signature: true };
  if (present.length <= 3 && present.some((t) => SIGNATURE.test(t) || PLACE_DATE.test(t)))
    return { reason: 'Blok tanda tangan dilewati', signature: true };
  if (isNumberingRow(present)) return { reason: 'Baris nomor kolom dilewati' };
  const nameColumn = mapping.indexOf('name');
  const name = nameColumn >= 0 ? (filled[nameColumn] ?? '') : '';
  const totals = present.find((t) => TOTALS.test(t));
  if (totals && (name === '' || TOTALS.test(name)))
    return { reason: `Baris jumlah ("${totals}") dilewati` };
  // What is left once the row number (an unmapped column holding a small number) and placeholders go.
  const meaningful = filled
    .map((t, i) => ({ t, i }))
    .filter(
      ({ t, i }) =>
        t !== '' && !PLACEHOLDER.test(t) && !(mapping[i] === null && /^\d{1,5}\.?$/.test(t)),
    );
  if (meaningful.length === 0)
    return { reason: 'Baris contoh tanpa isi (hanya nomor atau tanda "-") dilewati' };
  const [only] = meaningful;
  if (
    meaningful.length === 1 &&
    only &&
    (only.i !== nameColumn || REGION_WORD.test(only.t.replace(GROUP_NUMBERING, '')))
  ) {
    const title = only.t.replace(GROUP_NUMBERING, '');
    const names = /^(kabupaten|kab\.?|kota)\s/i.test(title) ? { kabKota: title } : {};
    return { reason: `Baris judul kelompok "${only.t}" dilewati`, ...names };
  }
  return undefined;
}
