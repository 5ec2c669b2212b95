import { useEffect, useMemo, useState } from 'react';
import { loadKabKota, loadProvinces, type RegionEntry } from '../regions';
import { regionLabel } from './region-label';

export interface KabKotaOption {
  readonly code: string;
  readonly label: string;
  readonly province: string;
}

let cache: Promise<readonly KabKotaOption[]> | undefined;
/** The options once loaded: a list opened later starts with them (no extra render for the names). */
let loaded: readonly KabKotaOption[] | undefined;

/** Every kab/kota of the code list (from the small index file), labelled for display. */
export function loadKabKotaOptions(): Promise<readonly KabKotaOption[]> {
  cache ??= (async () => {
    const provinces = await loadProvinces();
    const lists = await Promise.all(
      provinces.map(async (p: RegionEntry) => ({ p, list: await loadKabKota(p.code) })),
    );
    loaded = lists.flatMap(({ p, list }) =>
      list.map((k) => ({
        code: k.code,
        label: regionLabel(k.name),
        province: regionLabel(p.name),
      })),
    );
    return loaded;
  })();
  cache.catch(() => (cache = undefined));
  return cache;
}

/** Kab/kota options and a code → name map (empty until the index has loaded). */
export function useKabKotaOptions(): {
  options: readonly KabKotaOption[];
  names: ReadonlyMap<string, string>;
} {
  const [options, setOptions] = useState<readonly KabKotaOption[]>(() => loaded ?? []);
  useEffect(() => {
    let alive = true;
    void loadKabKotaOptions().then((o) => {
      if (alive) setOptions(o); // the same array as `loaded` when preloaded: no re-render
    });
    return () => {
      alive = false;
    };
  }, []);
  const names = useMemo<ReadonlyMap<string, string>>(
    () => new Map(options.map((o) => [o.code, o.label])),
    [options],
  );
  return { options, names };
}
