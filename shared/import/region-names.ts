import type { RegionItem } from './region-resolver';

// Region names reduced to what compares (kind kabupaten/kota, core, core without spaces), worked
// out once per name, and catalogue lists indexed by that.

type Kind = 'kabupaten' | 'kota';

/** `squashed`: the core without spaces, as names are compared ("Tulung Agung" = "TULUNGAGUNG"). */
type NameCore = Readonly<{ kind: Kind | undefined; core: string; squashed: string }>;

/**
 * Cores already worked out: every row of an import compares its names with the same catalogue
 * names (514 kab/kota for each row), and recomputing them took most of the validation of 10,000 rows.
 */
const cores = new Map<string, NameCore>();
const MAX_REMEMBERED = 50_000;

/** "Kab. Banjar" → {kind: kabupaten, core: "BANJAR"}; "Desa Pingaran Ilir" → core "PINGARAN ILIR". */
export function regionNameCore(input: string): NameCore {
  const known = cores.get(input);
  if (known !== undefined) return known;
  if (cores.size >= MAX_REMEMBERED) cores.clear();
  const { kind, core } = nameCoreOf(input);
  const found = Object.freeze({ kind, core, squashed: squash(core) });
  cores.set(input, found);
  return found;
}

function nameCoreOf(input: string): { kind: Kind | undefined; core: string } {
  let text = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, (m) => (m.includes('.') ? '. ' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
  let kind: Kind | undefined;
  const rules: readonly (readonly [RegExp, Kind | undefined])[] = [
    [/^KABUPATEN /, 'kabupaten'],
    [/^KAB\.? ?/, 'kabupaten'],
    [/^KOTA ADM(INISTRASI)?\.? /, 'kota'],
    [/^KOTA /, 'kota'],
    [/^KECAMATAN /, undefined],
    [/^KEC\.? /, undefined],
    [/^DESA /, undefined],
    [/^KELURAHAN /, undefined],
    [/^KEL\.? /, undefined],
    [/^PROVINSI /, undefined],
    [/^PROV\.? /, undefined],
  ];
  for (const [pattern, k] of rules) {
    if (pattern.test(text)) {
      text = text.replace(pattern, '');
      kind = k;
      break;
    }
  }
  return { kind, core: text.replace(/\./g, '').replace(/\s+/g, ' ').trim() };
}

/** Names compared without spaces: "Tulung Agung" = "TULUNGAGUNG", "Pare-Pare" = "PAREPARE". */
const squash = (core: string): string => core.replace(/ /g, '');

/** Per catalogue list: its items by squashed name core (a list given twice is indexed once). */
const squashedIndexes = new WeakMap<readonly RegionItem[], Map<string, RegionItem[]>>();

export function squashedIndexOf(items: readonly RegionItem[]): Map<string, RegionItem[]> {
  let index = squashedIndexes.get(items);
  if (!index) {
    index = new Map();
    for (const item of items) {
      const key = regionNameCore(item.name).squashed;
      const same = index.get(key);
      if (same) same.push(item);
      else index.set(key, [item]);
    }
    squashedIndexes.set(items, index);
  }
  return index;
}
