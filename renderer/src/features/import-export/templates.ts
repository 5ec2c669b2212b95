import { COMMODITIES, COMMODITY_LABELS } from '@shared/domain/common/commodity';
import { CREDENTIAL_KIND_LABELS } from '@shared/domain/credential/credential.schema';
import {
  fieldsOf,
  IMPORT_KIND_LABELS,
  type ImportField,
  type ImportKind,
} from '@shared/import/fields';
import { writeXlsx } from '../../platform/spreadsheet';

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s(/-])\S/g, (m) => m.toUpperCase());

/** Every kab/kota name, e.g. "Kabupaten Banjar" (empty when the region asset cannot be loaded). */
async function kabKotaNames(): Promise<string[]> {
  try {
    const regions = await import('../../regions');
    const provinces = await regions.loadProvinces();
    const lists = await Promise.all(provinces.map((p) => regions.loadKabKota(p.code)));
    return lists.flat().map((k) => titleCase(k.name));
  } catch {
    return [];
  }
}

/**
 * The XLSX template for one kind: the recognised headers with a note each, drop-down lists for
 * commodity, kab/kota and credential type (on a hidden "Daftar" sheet), and one example row.
 */
export async function templateBytes(kind: ImportKind): Promise<Uint8Array> {
  const fields = fieldsOf(kind).filter((f) => f.key !== 'regionCode' && f.key !== 'province');
  const lists: Record<string, string[]> = {
    commodity: COMMODITIES.map((c) => COMMODITY_LABELS[c]),
    kabKota: await kabKotaNames(),
    credential: Object.values(CREDENTIAL_KIND_LABELS),
    isLeadFirm: ['ya', 'tidak'],
  };
  const listKeys = Object.keys(lists);
  const listSheet = Array.from(
    { length: Math.max(...Object.values(lists).map((l) => l.length)) + 1 },
    (_, r) => listKeys.map((k) => (r === 0 ? k : (lists[k]?.[r - 1] ?? ''))),
  );
  const validations: Record<number, string> = {};
  fields.forEach((f, i) => {
    const col = listKeys.indexOf(f.key);
    const values = lists[f.key as ImportField];
    if (col >= 0 && values && values.length > 0) {
      const letter = String.fromCharCode(65 + col);
      validations[i] = `Daftar!$${letter}$2:$${letter}$${values.length + 1}`;
    }
  });
  const example: Record<string, string | number> =
    kind === 'ikm'
      ? {
          name: 'UD Contoh Berkah',
          ownerName: 'Siti Aminah',
          nib: '9120001234567',
          address: 'Jl. Pasar Lama No. 5',
          kabKota: 'Kabupaten Banjar',
          kecamatan: 'Astambul',
          desa: 'Pingaran Ilir',
          phone: '0812-3456-7890',
          workerCount: 8,
          investmentRupiah: 150000000,
          isLeadFirm: 'tidak',
          product: 'Kerupuk Ikan Haruan',
          commodity: 'makanan dan minuman',
          credential: 'SPP-IRT',
          credentialNumber: '2056303010123-27',
          credentialIssuedOn: '21 Mei 2024',
          credentialExpiresOn: '21 Mei 2029',
          sentraName: 'Sentra Kerupuk Ikan Astambul',
        }
      : {
          name: 'Sentra Kerupuk Contoh',
          commodity: 'makanan dan minuman',
          kabKota: 'Kabupaten Banjar',
          kecamatan: 'Astambul',
          unitCount: 12,
          workerCount: 40,
          decreeNumber: '188.45/077/KUM/2023',
          decreeDate: '10 Mei 2023',
          decreeSigner: 'Bupati Banjar',
        };
  return writeXlsx([
    {
      name: `Data ${IMPORT_KIND_LABELS[kind]}`,
      rows: [fields.map((f) => f.label), fields.map((f) => example[f.key] ?? '')],
      widths: fields.map((f) => Math.max(14, f.label.length + 4)),
      headerNotes: fields.map((f) => f.note),
      lists: validations,
    },
    { name: 'Daftar', rows: listSheet, hidden: true },
  ]);
}
