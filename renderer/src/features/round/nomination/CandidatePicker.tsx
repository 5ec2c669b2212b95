import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { gridLocaleText } from '../../../ui/grid-locale';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { OVOP_COMMODITIES, type Commodity } from '@shared/domain/common/commodity';
import { commodityLabel } from '@shared/nomination-view/nomination-rows';
import type { KabKota } from '@shared/domain/round-overview/round-overview';
import { type EnterpriseRow, useRepositories, useLive } from '../../../db';

export interface CandidatePickerProps {
  kabKota: readonly KabKota[];
  selected: ReadonlySet<string>;
  onToggle: (row: EnterpriseRow) => void;
}

const ALL = '';

/** Server-paged register search (kab/kota, komoditi, text); a checkbox adds the IKM to the selection. */
export function CandidatePicker({ kabKota, selected, onToggle }: CandidatePickerProps) {
  const repos = useRepositories();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [kk, setKk] = useState(ALL);
  const [commodity, setCommodity] = useState<Commodity | typeof ALL>(ALL);
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: 10 });

  // Search as the officer types, without a query per keystroke.
  useEffect(() => {
    const t = setTimeout(() => setQuery(text), 250);
    return () => clearTimeout(t);
  }, [text]);

  const page = useLive(
    () =>
      repos.enterprises.page({
        filter: { text: query, kabKotaCode: kk, ...(commodity !== ALL ? { commodity } : {}) },
        sort: { field: 'name', direction: 'asc' },
        offset: paging.page * paging.pageSize,
        limit: paging.pageSize,
      }),
    [query, kk, commodity, paging.page, paging.pageSize],
  );
  const kkName = new Map(kabKota.map((k) => [k.code, k.name]));

  const columns: GridColDef<EnterpriseRow>[] = [
    {
      field: 'pick',
      headerName: '',
      width: 56,
      sortable: false,
      renderCell: ({ row }) => (
        <Checkbox
          size="small"
          checked={selected.has(row.id)}
          onChange={() => onToggle(row)}
          slotProps={{ input: { 'aria-label': `Pilih ${row.name}` } }}
        />
      ),
    },
    { field: 'name', headerName: 'IKM', flex: 1.4, sortable: false },
    { field: 'nib', headerName: 'NIB', width: 140, sortable: false },
    {
      field: 'kabKotaCode',
      headerName: 'Kab/kota',
      flex: 1,
      sortable: false,
      valueGetter: (_v, row) => kkName.get(row.kabKotaCode) ?? row.kabKotaCode,
    },
    {
      field: 'commodity',
      headerName: 'Komoditas',
      flex: 1,
      sortable: false,
      valueGetter: (_v, row) => (row.commodity ? commodityLabel(row.commodity) : '–'),
    },
  ];

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}>
        <TextField
          size="small"
          fullWidth={false}
          label="Cari nama IKM, pemilik, atau NIB"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
          sx={{ minWidth: 260 }}
        />
        <TextField
          size="small"
          fullWidth={false}
          select
          label="Kab/kota"
          value={kk}
          onChange={(e) => {
            setKk(e.target.value);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value={ALL}>Semua kab/kota</MenuItem>
          {kabKota.map((k) => (
            <MenuItem key={k.code} value={k.code}>
              {k.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          fullWidth={false}
          select
          label="Komoditas"
          value={commodity}
          onChange={(e) => {
            setCommodity(e.target.value as Commodity);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value={ALL}>Semua komoditas</MenuItem>
          {OVOP_COMMODITIES.map((c) => (
            <MenuItem key={c} value={c}>
              {commodityLabel(c)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <DataGrid
        aria-label="Register IKM"
        rows={page.status === 'ready' ? [...page.value.rows] : []}
        rowCount={page.status === 'ready' ? page.value.total : 0}
        loading={page.status === 'loading'}
        columns={columns}
        density="compact"
        autoHeight
        disableRowSelectionOnClick
        disableColumnFilter
        paginationMode="server"
        paginationModel={paging}
        onPaginationModelChange={setPaging}
        pageSizeOptions={[10, 25, 50]}
        localeText={{ ...gridLocaleText, noRowsLabel: 'Tidak ada IKM yang cocok' }}
      />
    </Box>
  );
}
