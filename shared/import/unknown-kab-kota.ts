import type { ImportReport } from './report';

/**
 * The kab/kota names of a report that no list or alias knows ("Bjm Kota", "Tl. Laut"): the names the
 * officer may tie to a kab/kota once, to be remembered for later imports. Distinct, in sheet order.
 */
export function unknownKabKotaNames(report: ImportReport): string[] {
  const names = new Set<string>();
  for (const row of report.rows) {
    if (row.outcome !== 'invalid') continue;
    const unknown = row.messages.some(
      (m) =>
        m.severity === 'error' &&
        m.field === 'kabKota' &&
        /^Kabupaten\/kota ".*" tidak ditemukan/.test(m.text),
    );
    const name = row.values.kabKota;
    if (unknown && typeof name === 'string' && name.trim() !== '') names.add(name.trim());
  }
  return [...names];
}
