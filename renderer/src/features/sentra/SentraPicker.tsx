import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { COMMODITY_LABELS } from '@shared/domain/common/commodity';
import { useDebounced } from '../../ui/use-debounced';
import { appRepositories } from '../../db';

interface Option {
  readonly id: string;
  readonly label: string;
}

export interface SentraPickerProps {
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  error?: string | undefined;
  helperText?: string;
}

/** Choose a sentra IKM by typing part of its name. */
export function SentraPicker({ label, value, onChange, error, helperText }: SentraPickerProps) {
  const [input, setInput] = useState('');
  const search = useDebounced(input, 150);
  const [options, setOptions] = useState<readonly Option[]>([]);
  const [selected, setSelected] = useState<Option | null>(null);

  useEffect(() => {
    let alive = true;
    if (value === undefined) setSelected(null);
    else if (selected?.id !== value) {
      void appRepositories().sentras.get(value).then((s) => {
        if (alive && s) setSelected({ id: s.id, label: `${s.name} (${COMMODITY_LABELS[s.commodity]})` });
      });
    }
    return () => {
      alive = false;
    };
  }, [value, selected?.id]);

  useEffect(() => {
    let alive = true;
    void appRepositories()
      .sentras.page({ filter: { text: search }, sort: { field: 'name', direction: 'asc' }, offset: 0, limit: 20 })
      .then((page) => {
        if (alive) setOptions(page.rows.map((s) => ({ id: s.id, label: `${s.name} (${COMMODITY_LABELS[s.commodity]})` })));
      });
    return () => {
      alive = false;
    };
  }, [search]);

  return (
    <Autocomplete
      options={selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options}
      value={selected}
      filterOptions={(o) => o}
      onInputChange={(_, text) => setInput(text)}
      onChange={(_, next) => {
        setSelected(next);
        onChange(next?.id);
      }}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText="Tidak ada sentra yang cocok"
      renderInput={(params) => <TextField {...params} label={label} error={error !== undefined} helperText={error ?? helperText} size="small" />}
    />
  );
}
