import { aliasCodes, type AliasIndex } from './aliases/kab-kota-alias';
import { regionNameCore, squashedIndexOf } from './region-names';

export { regionNameCore } from './region-names';

/**
 * Turns the region names in a sheet (kab/kota, kecamatan, desa) into a Kemendagri code. The lookup
 * is passed in: the renderer gives its region catalog, the CLI the idn-area-data files.
 */
export interface RegionItem {
  readonly code: string;
  readonly name: string;
}

export interface RegionLookup {
  /** Every kabupaten/kota (code `PP.KK`, name as in the source list, e.g. "KABUPATEN BANJAR"). */
  kabKotaList(): Promise<readonly RegionItem[]>;
  provinceList(): Promise<readonly RegionItem[]>;
  kecamatanOf(kabKotaCode: string): Promise<readonly RegionItem[]>;
  desaOf(kecamatanCode: string): Promise<readonly RegionItem[]>;
}

export interface RegionInput {
  readonly province: string;
  readonly kabKota: string;
  readonly kecamatan: string;
  readonly desa: string;
  readonly regionCode: string;
}

export type RegionResolution =
  | {
      readonly status: 'found';
      readonly code: string;
      readonly label: string;
      readonly note?: string;
    }
  | {
      readonly status: 'ambiguous' | 'not-found';
      readonly message: string;
      readonly suggestions: readonly string[];
    };

/** What the office knows beyond the row: its province, and the kab/kota aliases to read short forms with. */
export interface RegionContext {
  /** Kemendagri code of the office's province (`PP`); decides names found in several provinces. */
  readonly provinceCode?: string;
  readonly aliases?: AliasIndex;
}

const title = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s(/-])\S/g, (m) => m.toUpperCase());
const describe = (item: RegionItem): string => `${title(item.name)} (${item.code})`;

function byCore(items: readonly RegionItem[], wanted: string): RegionItem[] {
  const core = regionNameCore(wanted).squashed;
  return core === '' ? [] : items.filter((i) => regionNameCore(i.name).squashed === core);
}

/**
 * The lookup with its two whole-country lists read once (the same arrays for every row, so their
 * name indexes are built once per import).
 */
export function listsOnce(lookup: RegionLookup): RegionLookup {
  let kabKota: Promise<readonly RegionItem[]> | undefined;
  let provinces: Promise<readonly RegionItem[]> | undefined;
  return {
    kabKotaList: () => (kabKota ??= lookup.kabKotaList()),
    provinceList: () => (provinces ??= lookup.provinceList()),
    kecamatanOf: (code) => lookup.kecamatanOf(code),
    desaOf: (code) => lookup.desaOf(code),
  };
}

interface Candidates {
  readonly list: readonly RegionItem[];
  /** Set when the name was read through the alias table. */
  readonly alias?: RegionItem;
}

/**
 * The kab/kota a name may mean: by its name, narrowed to the row's Provinsi (else the office's
 * province) when several provinces have it; a short form from the alias table when no kab/kota of
 * that province has the name.
 */
async function kabKotaCandidates(
  lookup: RegionLookup,
  input: RegionInput,
  context: RegionContext,
): Promise<Candidates> {
  const all = await lookup.kabKotaList();
  const wanted = regionNameCore(input.kabKota);
  let list = (squashedIndexOf(all).get(wanted.squashed) ?? []).filter(
    (k) => wanted.kind === undefined || regionNameCore(k.name).kind === wanted.kind,
  );
  const rowProvinces =
    input.province.trim() !== ''
      ? byCore(await lookup.provinceList(), input.province).map((p) => p.code)
      : [];
  const scope =
    rowProvinces.length > 0 ? rowProvinces : context.provinceCode ? [context.provinceCode] : [];
  const inScope = list.filter((k) => scope.includes(k.code.slice(0, 2)));
  if (inScope.length > 0) list = inScope;
  if (context.aliases && (list.length === 0 || (scope.length > 0 && inScope.length === 0))) {
    const codes = aliasCodes(context.aliases, input.kabKota, wanted.core, scope);
    const [code] = codes;
    const alias = codes.length === 1 ? all.find((k) => k.code === code) : undefined;
    if (alias) return { list: [alias], alias };
  }
  return { list };
}

async function resolveBelow(
  lookup: RegionLookup,
  kab: RegionItem,
  input: RegionInput,
  allowKecamatan: boolean,
): Promise<RegionResolution> {
  const kecamatanList = await lookup.kecamatanOf(kab.code);
  const [kec, ...moreKec] = byCore(kecamatanList, input.kecamatan);
  if (!kec) {
    return {
      status: 'not-found',
      message:
        input.kecamatan.trim() === ''
          ? 'Kecamatan wajib diisi'
          : `Kecamatan "${input.kecamatan.trim()}" tidak ditemukan di ${title(kab.name)}`,
      suggestions: kecamatanList
        .filter((k) =>
          regionNameCore(k.name).core.startsWith(regionNameCore(input.kecamatan).core.slice(0, 3)),
        )
        .slice(0, 5)
        .map(describe),
    };
  }
  if (moreKec.length > 0)
    return {
      status: 'ambiguous',
      message: `Kecamatan "${input.kecamatan.trim()}" ada lebih dari satu`,
      suggestions: [kec, ...moreKec].map(describe),
    };
  if (input.desa.trim() === '') {
    if (allowKecamatan)
      return { status: 'found', code: kec.code, label: `${title(kec.name)}, ${title(kab.name)}` };
    return { status: 'not-found', message: 'Desa/kelurahan wajib diisi', suggestions: [] };
  }
  const desaList = await lookup.desaOf(kec.code);
  const desaMatches = byCore(desaList, input.desa);
  const [desa] = desaMatches;
  if (!desa) {
    return {
      status: 'not-found',
      message: `Desa/kelurahan "${input.desa.trim()}" tidak ditemukan di Kecamatan ${title(kec.name)}`,
      suggestions: desaList
        .filter((d) =>
          regionNameCore(d.name).core.startsWith(regionNameCore(input.desa).core.slice(0, 3)),
        )
        .slice(0, 5)
        .map(describe),
    };
  }
  if (desaMatches.length > 1)
    return {
      status: 'ambiguous',
      message: `Desa/kelurahan "${input.desa.trim()}" ada lebih dari satu di kecamatan ini`,
      suggestions: desaMatches.map(describe),
    };
  return {
    status: 'found',
    code: desa.code,
    label: `${title(desa.name)}, ${title(kec.name)}, ${title(kab.name)}`,
  };
}

/**
 * Finds the region code. A code column wins when present. "Banjar" alone names both Kabupaten
 * Banjar and Kota Banjar: when only one of them has the kecamatan given, that one is taken (with a
 * note); otherwise the row is ambiguous and both come back as suggestions.
 */
export async function resolveRegion(
  lookup: RegionLookup,
  input: RegionInput,
  level: 'desa' | 'kecamatan-or-desa',
  context: RegionContext = {},
): Promise<RegionResolution> {
  const code = input.regionCode.trim();
  if (code !== '') {
    const parts = code.split('.');
    const kabCode = parts.slice(0, 2).join('.');
    const kab = (await lookup.kabKotaList()).find((k) => k.code === kabCode);
    if (kab && parts.length >= 3) {
      const kec = (await lookup.kecamatanOf(kab.code)).find(
        (k) => k.code === parts.slice(0, 3).join('.'),
      );
      if (kec && parts.length === 3 && level === 'kecamatan-or-desa')
        return { status: 'found', code, label: `${title(kec.name)}, ${title(kab.name)}` };
      const desa =
        kec && parts.length === 4
          ? (await lookup.desaOf(kec.code)).find((d) => d.code === code)
          : undefined;
      if (kec && desa)
        return {
          status: 'found',
          code,
          label: `${title(desa.name)}, ${title(kec.name)}, ${title(kab.name)}`,
        };
    }
    return {
      status: 'not-found',
      message: `Kode wilayah "${code}" tidak ada dalam daftar Kemendagri`,
      suggestions: [],
    };
  }
  if (input.kabKota.trim() === '')
    return { status: 'not-found', message: 'Kabupaten/kota wajib diisi', suggestions: [] };
  const { list: candidates, alias } = await kabKotaCandidates(lookup, input, context);
  if (alias) {
    const result = await resolveBelow(lookup, alias, input, level === 'kecamatan-or-desa');
    return result.status === 'found'
      ? {
          ...result,
          note: `"${input.kabKota.trim()}" dibaca sebagai ${title(alias.name)} (singkatan dari tabel alias)`,
        }
      : result;
  }
  if (candidates.length === 0) {
    const core = regionNameCore(input.kabKota).core;
    const suggestions = (await lookup.kabKotaList())
      .filter((k) => regionNameCore(k.name).core.startsWith(core.slice(0, 4)))
      .slice(0, 5)
      .map(describe);
    return {
      status: 'not-found',
      message: `Kabupaten/kota "${input.kabKota.trim()}" tidak ditemukan`,
      suggestions,
    };
  }
  const results = await Promise.all(
    candidates.map((kab) => resolveBelow(lookup, kab, input, level === 'kecamatan-or-desa')),
  );
  const found = results.filter((r) => r.status === 'found');
  const [only] = found;
  if (candidates.length === 1 || (found.length === 1 && only)) {
    const result = only ?? results[0];
    if (result && result.status === 'found' && candidates.length > 1) {
      return {
        ...result,
        note: `"${input.kabKota.trim()}" bisa berarti ${candidates.map(describe).join(' atau ')}; dipilih menurut kecamatannya`,
      };
    }
    if (result) return result;
  }
  return {
    status: 'ambiguous',
    message: `"${input.kabKota.trim()}" bisa berarti ${candidates.map((c) => title(c.name)).join(' atau ')}; tulis "Kabupaten …" atau "Kota …"`,
    suggestions: candidates.map(describe),
  };
}
