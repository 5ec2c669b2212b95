import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import { loadDesa, loadKabKota, loadKecamatan, loadProvinces, type RegionEntry } from '../regions';
import { regionLabel } from './region-label';

export interface RegionPickerProps {
  /** Dotted Kemendagri code at any level ('' when nothing is chosen). */
  value: string;
  onChange: (code: string) => void;
  /** The deepest level offered. */
  depth?: 'kabKota' | 'kecamatan' | 'desa';
  error?: string | undefined;
  disabled?: boolean;
  /** Prefix for the accessible names, e.g. "Wilayah sentra". */
  idPrefix?: string;
}

const LEVELS = [
  { key: 'provinsi', label: 'Provinsi', length: 2 },
  { key: 'kabKota', label: 'Kabupaten/Kota', length: 5 },
  { key: 'kecamatan', label: 'Kecamatan', length: 8 },
  { key: 'desa', label: 'Desa/Kelurahan', length: 13 },
] as const;

function useOptions(
  parent: string | undefined,
  load: (code: string) => Promise<readonly RegionEntry[]>,
  enabled: boolean,
): readonly RegionEntry[] {
  const [options, setOptions] = useState<readonly RegionEntry[]>([]);
  useEffect(() => {
    let alive = true;
    if (!enabled || parent === undefined) {
      setOptions([]);
      return undefined;
    }
    void load(parent).then((o) => {
      if (alive) setOptions(o);
    });
    return () => {
      alive = false;
    };
  }, [parent, load, enabled]);
  return options;
}

const provincesLoader = () => loadProvinces();

/** Cascading provinsi → kab/kota → kecamatan → desa choice; changing a level clears those below. */
export function RegionPicker({
  value,
  onChange,
  depth = 'desa',
  error,
  disabled,
}: RegionPickerProps) {
  const codeAt = (length: number): string | undefined =>
    value.length >= length ? value.slice(0, length) : undefined;
  const province = codeAt(2);
  const kabKota = codeAt(5);
  const kecamatan = codeAt(8);
  const desa = codeAt(13);
  const depthIndex = LEVELS.findIndex((l) => l.key === depth);

  const lists = [
    useOptions('', provincesLoader, true),
    useOptions(province, loadKabKota, depthIndex >= 1),
    useOptions(kabKota, loadKecamatan, depthIndex >= 2),
    useOptions(kecamatan, loadDesa, depthIndex >= 3),
  ];
  const selected = [province, kabKota, kecamatan, desa];

  return (
    <Box>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)' }, gap: 2 }}
      >
        {LEVELS.slice(0, depthIndex + 1).map((level, i) => {
          const options = lists[i] ?? [];
          const code = selected[i];
          const current = options.find((o) => o.code === code) ?? null;
          const parentMissing = i > 0 && selected[i - 1] === undefined;
          return (
            <Autocomplete
              key={level.key}
              options={options}
              value={current}
              disabled={disabled || parentMissing}
              getOptionLabel={(o) => regionLabel(o.name)}
              isOptionEqualToValue={(a, b) => a.code === b.code}
              onChange={(_, next) =>
                onChange(next ? next.code : i === 0 ? '' : (selected[i - 1] ?? ''))
              }
              noOptionsText="Tidak ada pilihan"
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={level.label}
                  error={error !== undefined && current === null && !parentMissing}
                  size="small"
                />
              )}
            />
          );
        })}
      </Box>
      {error ? <FormHelperText error>{error}</FormHelperText> : null}
    </Box>
  );
}
