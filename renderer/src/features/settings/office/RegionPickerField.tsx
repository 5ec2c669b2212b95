import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { loadKabKota, loadProvinces, type RegionEntry } from '../../../regions';
import { titleCaseRegion } from '../../../ui/region-label';
import { errorText } from '../../../ui/error-text';

export interface RegionChoice {
  code: string;
  /** `Kalimantan Selatan` / `Kabupaten Banjar` / `Kota Banjarmasin`. */
  name: string;
  provinceName: string;
}

interface Props {
  level: 'provinsi' | 'kabupaten' | 'kota';
  value: string;
  error?: string;
  onChange: (choice: RegionChoice | undefined) => void;
}

/** Province, or kab/kota of a province, from the Kemendagri region list shipped with the app. */
export function RegionPickerField({ level, value, error, onChange }: Props) {
  const [provinces, setProvinces] = useState<readonly RegionEntry[]>([]);
  const [kabKota, setKabKota] = useState<readonly RegionEntry[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const provinceCode = value.slice(0, 2);

  useEffect(() => {
    loadProvinces().then(setProvinces, (e: unknown) => setLoadError(errorText(e)));
  }, []);
  useEffect(() => {
    if (level === 'provinsi' || provinceCode.length !== 2) {
      setKabKota([]);
      return;
    }
    loadKabKota(provinceCode).then(
      (list) =>
        setKabKota(
          list.filter((k) => (level === 'kota' ? /^KOTA /i.test(k.name) : !/^KOTA /i.test(k.name))),
        ),
      () => setKabKota([]),
    );
  }, [level, provinceCode]);

  const province = provinces.find((p) => p.code === provinceCode) ?? null;
  const provinceName = (p: RegionEntry | null) => (p ? titleCaseRegion(p.name) : '');
  return (
    <>
      <Autocomplete
        options={provinces}
        value={province}
        getOptionLabel={(p) => titleCaseRegion(p.name)}
        isOptionEqualToValue={(a, b) => a.code === b.code}
        onChange={(_e, p) =>
          onChange(
            p ? { code: p.code, name: provinceName(p), provinceName: provinceName(p) } : undefined,
          )
        }
        renderInput={(params) => (
          <TextField
            {...params}
            label="Provinsi"
            size="small"
            error={(level === 'provinsi' && !!error) || !!loadError}
            helperText={loadError ?? (level === 'provinsi' ? error : undefined)}
          />
        )}
      />
      {level !== 'provinsi' && (
        <Autocomplete
          options={kabKota}
          value={kabKota.find((k) => k.code === value) ?? null}
          getOptionLabel={(k) => titleCaseRegion(k.name)}
          isOptionEqualToValue={(a, b) => a.code === b.code}
          onChange={(_e, k) =>
            onChange(
              k
                ? {
                    code: k.code,
                    name: titleCaseRegion(k.name),
                    provinceName: provinceName(province),
                  }
                : undefined,
            )
          }
          renderInput={(params) => (
            <TextField
              {...params}
              label={level === 'kota' ? 'Kota' : 'Kabupaten'}
              size="small"
              error={!!error}
              helperText={error}
            />
          )}
        />
      )}
    </>
  );
}
