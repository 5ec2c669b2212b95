import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { idID } from '@mui/x-data-grid/locales';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { NOMINATION_STATUSES, NOMINATION_STATUS_LABELS, type NominationStatus } from '@shared/domain/nomination/nomination';
import { READINESS_LIGHT_LABELS, type ReadinessLight } from '@shared/domain/readiness/finding';
import type { KabKota } from '@shared/domain/round-overview/round-overview';
import { filterNominationRows, type NominationRow } from '@shared/nomination-view/nomination-rows';
import { ReadinessLightChip } from '../nomination/ReadinessLightChip';

const LIGHTS: ReadinessLight[] = ['siap', 'perlu-perhatian', 'belum-siap'];
const ALL = '';

const columns: GridColDef<NominationRow>[] = [
  { field: 'enterpriseName', headerName: 'IKM', flex: 1.4, minWidth: 180 },
  { field: 'productName', headerName: 'Produk', flex: 1.2, minWidth: 160 },
  { field: 'commodityLabel', headerName: 'Komoditas', flex: 0.9, minWidth: 120 },
  { field: 'kabKotaName', headerName: 'Kab/kota', flex: 1, minWidth: 140 },
  { field: 'kindLabel', headerName: 'Jenis', width: 130 },
  { field: 'statusLabel', headerName: 'Status', flex: 1, minWidth: 150 },
  {
    field: 'light',
    headerName: 'Kesiapan',
    width: 210,
    sortable: false,
    renderCell: ({ row }) => (
      <ReadinessLightChip light={row.light} detail={row.blockingCount > 0 ? `${row.blockingCount} wajib` : row.advisoryCount > 0 ? `${row.advisoryCount} saran` : undefined} />
    ),
  },
];

/** The round's nominations: filter by text, kab/kota, status and readiness; a row opens the nomination. */
export function NominationGrid({ rows, kabKota }: { rows: readonly NominationRow[]; kabKota: readonly KabKota[] }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [kk, setKk] = useState(ALL);
  const [status, setStatus] = useState<NominationStatus | typeof ALL>(ALL);
  const [light, setLight] = useState<ReadinessLight | typeof ALL>(ALL);
  const shown = useMemo(
    () =>
      filterNominationRows(rows, {
        text,
        kabKotaCode: kk,
        ...(status !== ALL ? { status } : {}),
        ...(light !== ALL ? { light } : {}),
      }),
    [rows, text, kk, status, light],
  );
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}>
        <TextField size="small" fullWidth={false} label="Cari IKM atau produk" value={text} onChange={(e) => setText(e.target.value)} sx={{ minWidth: 240 }} />
        <TextField size="small" fullWidth={false} select label="Kab/kota" value={kk} onChange={(e) => setKk(e.target.value)} sx={{ minWidth: 200 }}>
          <MenuItem value={ALL}>Semua kab/kota</MenuItem>
          {kabKota.map((k) => (
            <MenuItem key={k.code} value={k.code}>
              {k.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" fullWidth={false} select label="Status" value={status} onChange={(e) => setStatus(e.target.value as NominationStatus)} sx={{ minWidth: 200 }}>
          <MenuItem value={ALL}>Semua status</MenuItem>
          {NOMINATION_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {NOMINATION_STATUS_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" fullWidth={false} select label="Kesiapan" value={light} onChange={(e) => setLight(e.target.value as ReadinessLight)} sx={{ minWidth: 180 }}>
          <MenuItem value={ALL}>Semua</MenuItem>
          {LIGHTS.map((l) => (
            <MenuItem key={l} value={l}>
              {READINESS_LIGHT_LABELS[l]}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <DataGrid
        aria-label="Daftar usulan"
        rows={shown}
        columns={columns}
        density="compact"
        autoHeight
        disableRowSelectionOnClick
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 25, page: 0 } } }}
        onRowClick={({ row }) => void navigate(`/usulan/${row.id}`)}
        localeText={{ ...idID.components.MuiDataGrid.defaultProps.localeText, noRowsLabel: 'Belum ada usulan yang cocok' }}
        sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
    </Box>
  );
}
