import { KAB_KOTA_ALIASES } from './kab-kota-aliases';

/** "H.S.S." → "HSS", "Pare-Pare" → "PAREPARE": upper-case letters and digits only. */
export function aliasKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** An alias the officer confirmed in the import (remembered in settings). */
export interface ConfirmedAlias {
  readonly alias: string;
  readonly code: string;
}

/** Province code → alias key → kab/kota code. */
export type AliasIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The reviewed table plus the officer's confirmed aliases (which win for their key). */
export function aliasIndexOf(confirmed: readonly ConfirmedAlias[] = []): AliasIndex {
  const index = new Map<string, Map<string, string>>();
  const add = (alias: string, code: string): void => {
    const province = code.slice(0, 2);
    const map = index.get(province) ?? new Map<string, string>();
    map.set(aliasKey(alias), code);
    index.set(province, map);
  };
  for (const list of Object.values(KAB_KOTA_ALIASES)) for (const a of list) add(a.alias, a.code);
  for (const a of confirmed) add(a.alias, a.code);
  return index;
}

/**
 * The kab/kota codes an alias may stand for: in the given provinces when any are given, else in
 * every province. "Kab. Tala" is looked up as written and as its core without the prefix ("Tala").
 */
export function aliasCodes(
  index: AliasIndex,
  written: string,
  core: string,
  provinces: readonly string[],
): string[] {
  const keys = [aliasKey(written), aliasKey(core)].filter((k) => k !== '');
  const scopes = provinces.length > 0 ? provinces : [...index.keys()];
  const codes = new Set<string>();
  for (const province of scopes) {
    const map = index.get(province);
    for (const key of keys) {
      const code = map?.get(key);
      if (code) {
        codes.add(code);
        break;
      }
    }
  }
  return [...codes];
}
