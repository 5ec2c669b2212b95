import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import { RecordPicker } from './RecordPicker';
import { useRepositories } from '../db';

export interface EnterprisePickerProps {
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  helperText?: string;
  /** Only IKM of this sentra. */
  sentraId?: string;
}

const optionOf = (e: Pick<Enterprise, 'id' | 'name' | 'nib'>) => ({
  id: e.id,
  label: `${e.name} (NIB ${e.nib})`,
});

/** Choose an IKM by typing part of its name or NIB (answered from the register's search index). */
export function EnterprisePicker({
  label,
  value,
  onChange,
  helperText,
  sentraId,
}: EnterprisePickerProps) {
  const repos = useRepositories();
  return (
    <RecordPicker
      label={label}
      value={value}
      onChange={onChange}
      helperText={helperText}
      loadOption={async (id) => {
        const e = await repos.enterprises.get(id);
        return e ? optionOf(e) : undefined;
      }}
      searchOptions={async (text) => {
        const page = await repos.enterprises.page({
          filter: { text, ...(sentraId ? { sentraId } : {}) },
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 20,
        });
        return page.rows.map(optionOf);
      }}
      searchScope={sentraId}
      noOptionsText="Tidak ada IKM yang cocok"
    />
  );
}
