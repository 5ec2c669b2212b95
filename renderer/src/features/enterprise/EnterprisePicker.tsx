import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useDebounced } from '../../ui/use-debounced';
import { appRepositories } from '../../db';

interface Option {
  readonly id: string;
  readonly label: string;
}

export interface EnterprisePickerProps {
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  helperText?: string;
  /** Only IKM of this sentra. */
  sentraId?: string;
}

/** Choose an IKM by typing part of its name or NIB (answered from the register's search index). */
export function EnterprisePicker({ label, value, onChange, helperText, sentraId }: EnterprisePickerProps) {
  const [input, setInput] = useState('');
  const search = useDebounced(input, 150);
  const [options, setOptions] = useState<readonly Option[]>([]);
  const [selected, setSelected] = useState<Option | null>(null);

  useEffect(() => {
    let alive = true;
    if (value === undefined) setSelected(null);
    else if (selected?.id !== value) {
      void appRepositories().enterprises.get(value).then((e) => {
        if (alive && e) setSelected({ id: e.id, label: `${e.name} (NIB ${e.nib})` });
      });
    }
    return () => {
      alive = false;
    };
  }, [value, selected?.id]);

  useEffect(() => {
    let alive = true;
    void appRepositories()
      .enterprises.page({ filter: { text: search, ...(sentraId ? { sentraId } : {}) }, sort: { field: 'name', direction: 'asc' }, offset: 0, limit: 20 })
      .then((page) => {
        if (alive) setOptions(page.rows.map((e) => ({ id: e.id, label: `${e.name} (NIB ${e.nib})` })));
      });
    return () => {
      alive = false;
    };
  }, [search, sentraId]);

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
      noOptionsText="Tidak ada IKM yang cocok"
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} size="small" />}
    />
  );
}
