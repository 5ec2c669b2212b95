import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import { COMMODITIES, COMMODITY_LABELS, type Commodity } from '@shared/domain/common/commodity';
import type { ServerList } from './use-server-list';

export interface ListFilterBarProps {
  readonly list: ServerList;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  /** Accessible name of the search input itself, when it must differ from its visible label. */
  readonly searchAriaLabel?: string;
}

/** Search box, kab/kota and komoditas filters above a register list. */
export function ListFilterBar({
  list,
  searchLabel,
  searchPlaceholder,
  searchAriaLabel,
}: ListFilterBarProps) {
  return (
    <Paper
      variant="outlined"
      sx={{
        p: 2,
        mb: 2,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '2fr 1.5fr 1fr' },
        gap: 2,
      }}
    >
      <TextField
        label={searchLabel}
        placeholder={searchPlaceholder}
        value={list.text}
        onChange={(e) => list.setText(e.target.value)}
        {...(searchAriaLabel !== undefined
          ? { slotProps: { htmlInput: { 'aria-label': searchAriaLabel } } }
          : {})}
      />
      <Autocomplete
        options={list.kabKotaOptions}
        value={list.kabKota}
        onChange={(_, v) => list.setKabKota(v)}
        groupBy={(o) => o.province}
        getOptionLabel={(o) => o.label}
        isOptionEqualToValue={(a, b) => a.code === b.code}
        noOptionsText="Tidak ada pilihan"
        renderInput={(params) => <TextField {...params} label="Kab/Kota" size="small" />}
      />
      <TextField
        select
        label="Komoditi"
        value={list.commodity ?? ''}
        onChange={(e) => list.setCommodity(e.target.value as Commodity | '')}
      >
        <MenuItem value="">Semua komoditi</MenuItem>
        {COMMODITIES.map((c) => (
          <MenuItem key={c} value={c}>
            {COMMODITY_LABELS[c]}
          </MenuItem>
        ))}
      </TextField>
    </Paper>
  );
}
