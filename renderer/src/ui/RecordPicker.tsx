import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useDebounced } from './use-debounced';

export interface PickerOption {
  readonly id: string;
  readonly label: string;
}

export interface RecordPickerProps {
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  helperText?: string | undefined;
  /** Shown in red instead of the helper text. */
  error?: string | undefined;
  /** The option for a stored id (the current value), undefined when it no longer exists. */
  loadOption: (id: string) => Promise<PickerOption | undefined>;
  /** Up to a page of options matching the typed text. */
  searchOptions: (text: string) => Promise<readonly PickerOption[]>;
  /** Searches again when this changes (e.g. a narrowing filter outside the typed text). */
  searchScope?: string | undefined;
  noOptionsText: string;
}

/**
 * Choose one stored record by typing part of it: the typed text is debounced and answered by
 * `searchOptions`; a value set from outside is shown with its label from `loadOption`.
 */
export function RecordPicker({
  label,
  value,
  onChange,
  helperText,
  error,
  loadOption,
  searchOptions,
  searchScope,
  noOptionsText,
}: RecordPickerProps) {
  const [input, setInput] = useState('');
  const search = useDebounced(input, 150);
  const [options, setOptions] = useState<readonly PickerOption[]>([]);
  const [selected, setSelected] = useState<PickerOption | null>(null);

  useEffect(() => {
    let alive = true;
    if (value === undefined) setSelected(null);
    else if (selected?.id !== value) {
      void loadOption(value).then((option) => {
        if (alive && option) setSelected(option);
      });
    }
    return () => {
      alive = false;
    };
  }, [value, selected?.id]);

  useEffect(() => {
    let alive = true;
    void searchOptions(search).then((found) => {
      if (alive) setOptions(found);
    });
    return () => {
      alive = false;
    };
  }, [search, searchScope]);

  return (
    <Autocomplete
      options={
        selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options
      }
      value={selected}
      filterOptions={(o) => o}
      onInputChange={(_, text) => setInput(text)}
      onChange={(_, next) => {
        setSelected(next);
        onChange(next?.id);
      }}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={noOptionsText}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={error !== undefined}
          helperText={error ?? helperText}
          size="small"
        />
      )}
    />
  );
}
