import { COMMODITY_LABELS } from '@shared/domain/common/commodity';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import { RecordPicker } from './RecordPicker';
import { useRepositories } from '../db';

export interface SentraPickerProps {
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  error?: string | undefined;
  helperText?: string;
}

const optionOf = (s: Pick<Sentra, 'id' | 'name' | 'commodity'>) => ({
  id: s.id,
  label: `${s.name} (${COMMODITY_LABELS[s.commodity]})`,
});

/** Choose a sentra IKM by typing part of its name. */
export function SentraPicker({ label, value, onChange, error, helperText }: SentraPickerProps) {
  const repos = useRepositories();
  return (
    <RecordPicker
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      helperText={helperText}
      loadOption={async (id) => {
        const s = await repos.sentras.get(id);
        return s ? optionOf(s) : undefined;
      }}
      searchOptions={async (text) => {
        const page = await repos.sentras.page({
          filter: { text },
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 20,
        });
        return page.rows.map(optionOf);
      }}
      noOptionsText="Tidak ada sentra yang cocok"
    />
  );
}
