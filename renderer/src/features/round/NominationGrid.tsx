import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Link from '@mui/material/Link';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { gridLocaleText } from '../../ui/grid-locale';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import {
  NOMINATION_STATUSES,
  NOMINATION_STATUS_LABELS,
  type NominationStatus,
} from '@shared/domain/nomination/nomination';
import { READINESS_LIGHT_LABELS, type ReadinessLight } from '@shared/domain/readiness/finding';
import type { KabKota } from '@shared/domain/round-overview/round-overview';
import { commodityLabel, type NominationRow } from '@shared/nomination-view/nomination-rows';
import { ReadinessLightChip } from './nomination/ReadinessLightChip';
import { nominationBackState, nominationPath } from './nomination/back-link';
import { applyGridFilter, SCOPE_LABELS, type RoundGridFilter } from './grid-filter';

const LIGHTS: ReadinessLight[] = ['siap', 'perlu-perhatian', 'belum-siap'];
const ALL = '';

const columns: GridColDef<NominationRow>[] = [
  {
    field: 'enterpriseName',
    headerName: 'IKM',
    flex: 1.4,
    minWidth: 180,
    renderCell: ({ row }) => (
      <Link
        component={RouterLink}
        to={nominationPath(row.id)}
        state={nominationBackState('daftar usulan')}
      >
        {row.enterpriseName}
      </Link>
    ),
  },
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
      <ReadinessLightChip
        light={row.light}
        detail={
          row.blockingCount > 0
            ? `${row.blockingCount} wajib`
            : row.advisoryCount > 0
              ? `${row.advisoryCount} saran`
              : undefined
        }
      />
    ),
  },
];

type Update = (change: Partial<RoundGridFilter>, remove?: (keyof RoundGridFilter)[]) => void;

/** Filters that came from a Beranda link and have no control of their own: removable chips. */
function LinkFilterChips({ filter, update }: { filter: RoundGridFilter; update: Update }) {
  const chips = [
    ...(filter.commodity
      ? [{ key: 'commodity' as const, label: `Komoditas: ${commodityLabel(filter.commodity)}` }]
      : []),
    ...(filter.expiringLegality
      ? [{ key: 'expiringLegality' as const, label: 'Legalitas berakhir sebelum penutupan' }]
      : []),
    ...(filter.scope ? [{ key: 'scope' as const, label: SCOPE_LABELS[filter.scope] }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <Box
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1.5 }}
      role="group"
      aria-label="Saringan dari Beranda"
    >
      {chips.map((c) => (
        <Chip
          key={c.key}
          label={c.label}
          onDelete={() => update({}, [c.key])}
          color="primary"
          variant="outlined"
          size="small"
        />
      ))}
    </Box>
  );
}

/**
 * The round's nominations: filter by text, kab/kota, status and readiness (initially from the page
 * URL, e.g. a Beranda figure); a row opens the nomination.
 */
export function NominationGrid({
  rows,
  kabKota,
  initialFilter,
  expiring,
}: {
  rows: readonly NominationRow[];
  kabKota: readonly KabKota[];
  initialFilter: RoundGridFilter;
  expiring: ReadonlySet<string>;
}) {
  const navigate = useNavigate();
  const [filter, setFilter] = useState<RoundGridFilter>(initialFilter);
  const update: Update = (change, remove = []) =>
    setFilter((f) => {
      const next: RoundGridFilter = { ...f, ...change };
      for (const key of remove) delete next[key];
      return next;
    });
  const shown = useMemo(() => applyGridFilter(rows, filter, expiring), [rows, filter, expiring]);
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}>
        <TextField
          size="small"
          fullWidth={false}
          label="Cari IKM atau produk"
          value={filter.text}
          onChange={(e) => update({ text: e.target.value })}
          sx={{ minWidth: 240 }}
        />
        <TextField
          size="small"
          fullWidth={false}
          select
          label="Kab/kota"
          value={filter.kabKotaCode}
          onChange={(e) => update({ kabKotaCode: e.target.value })}
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
          label="Status"
          value={filter.status ?? ALL}
          onChange={(e) =>
            e.target.value === ALL
              ? update({}, ['status'])
              : update({ status: e.target.value as NominationStatus })
          }
          sx={{ minWidth: 200 }}
        >
          <MenuItem value={ALL}>Semua status</MenuItem>
          {NOMINATION_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {NOMINATION_STATUS_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          fullWidth={false}
          select
          label="Kesiapan"
          value={filter.light ?? ALL}
          onChange={(e) =>
            e.target.value === ALL
              ? update({}, ['light'])
              : update({ light: e.target.value as ReadinessLight })
          }
          sx={{ minWidth: 180 }}
        >
          <MenuItem value={ALL}>Semua</MenuItem>
          {LIGHTS.map((l) => (
            <MenuItem key={l} value={l}>
              {READINESS_LIGHT_LABELS[l]}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <LinkFilterChips filter={filter} update={update} />
      <DataGrid
        aria-label="Daftar usulan"
        rows={shown}
        columns={columns}
        density="compact"
        autoHeight
        disableRowSelectionOnClick
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 25, page: 0 } } }}
        onRowClick={({ row }, event) => {
          // The IKM name is a real link (middle-click, keyboard); a click elsewhere on the row opens it too.
          if (event.target instanceof Element && event.target.closest('a')) return;
          void navigate(nominationPath(row.id), { state: nominationBackState('daftar usulan') });
        }}
        localeText={{ ...gridLocaleText, noRowsLabel: 'Belum ada usulan yang cocok' }}
        sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
    </Box>
  );
}
