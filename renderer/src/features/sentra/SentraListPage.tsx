import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { DataGrid, GridActionsCellItem, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { idID } from '@mui/x-data-grid/locales';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { COMMODITIES, COMMODITY_LABELS, type Commodity } from '@shared/domain/common/commodity';
import type { SentraDecree } from '@shared/domain/sentra/sentra';
import { formatLongDate } from '@shared/text';
import { appRepositories, useLive, type SentraRow, type SentraSortField } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { useDebounced } from '../../ui/use-debounced';
import { useKabKotaOptions } from '../../ui/use-kab-kota-names';
import { useListFilter } from '../../ui/use-list-filter';
import { sentraReadiness } from './sentra-editor.schema';

const SORTABLE: Record<string, SentraSortField> = {
  name: 'name',
  commodity: 'commodity',
  kabKota: 'kabKotaCode',
  unitCount: 'unitCount',
  enterpriseCount: 'enterpriseCount',
};

type GridRow = SentraRow & { readonly decree?: SentraDecree };

export default function SentraListPage() {
  const navigate = useNavigate();
  const { options: kabKotaOptions, names } = useKabKotaOptions();
  const [text, setText] = useState('');
  const search = useDebounced(text, 150);
  const { filter, kabKota, setKabKota, setCommodity } = useListFilter(kabKotaOptions);
  const { kabKotaCode, commodity } = filter;
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sortModel, setSortModel] = useState<GridSortModel>([{ field: 'name', sort: 'asc' }]);
  const [deleted, setDeleted] = useState<SentraRow | undefined>();

  const sort = sortModel[0];
  const state = useLive(async () => {
    const { sentras } = appRepositories();
    const page = await sentras.page({
      filter: { text: search, ...(kabKotaCode ? { kabKotaCode } : {}), ...(commodity ? { commodity } : {}) },
      sort: { field: SORTABLE[sort?.field ?? 'name'] ?? 'name', direction: sort?.sort === 'desc' ? 'desc' : 'asc' },
      offset: paging.page * paging.pageSize,
      limit: paging.pageSize,
    });
    const rows: GridRow[] = await Promise.all(
      page.rows.map(async (row) => {
        const decree = row.decreeId !== undefined ? await sentras.decrees.get(row.decreeId) : undefined;
        return decree ? { ...row, decree } : row;
      }),
    );
    return { rows, total: page.total };
  }, [search, kabKotaCode, commodity, paging, sort?.field, sort?.sort]);

  const remove = async (row: SentraRow) => {
    await appRepositories().sentras.softDelete(row.id, row.updatedAt);
    setDeleted(row);
  };
  const undo = async () => {
    if (!deleted) return;
    await appRepositories().sentras.restore(deleted.id);
    setDeleted(undefined);
  };

  const columns = useMemo<GridColDef<GridRow>[]>(
    () => [
      {
        field: 'name',
        headerName: 'Nama sentra',
        flex: 1.6,
        minWidth: 180,
        renderCell: ({ row }) => (
          <Link component={RouterLink} to={`/sentra/${row.id}`}>
            {row.name}
          </Link>
        ),
      },
      { field: 'commodity', headerName: 'Komoditi', flex: 1, minWidth: 130, valueGetter: (_, row) => COMMODITY_LABELS[row.commodity] },
      { field: 'kabKota', headerName: 'Kab/Kota', flex: 1.1, minWidth: 130, valueGetter: (_, row) => names.get(row.kabKotaCode) ?? row.kabKotaCode },
      { field: 'unitCount', headerName: 'Unit usaha', type: 'number', width: 95 },
      { field: 'decree', headerName: 'Nomor SK', flex: 1.2, minWidth: 150, sortable: false, valueGetter: (_, row) => row.decree?.number ?? '—' },
      { field: 'decreeDate', headerName: 'Tanggal SK', width: 140, sortable: false, valueGetter: (_, row) => (row.decree ? formatLongDate(row.decree.date) : '—') },
      { field: 'enterpriseCount', headerName: 'IKM terdaftar', type: 'number', width: 105 },
      {
        field: 'ready',
        headerName: 'Kesiapan',
        width: 85,
        display: 'flex',
        sortable: false,
        renderCell: ({ row }) => {
          const issues = sentraReadiness(row);
          return issues.length === 0 ? (
            <Tooltip title="Siap: ≥ 5 unit usaha dan ber-SK">
              <CheckCircleOutlineIcon color="success" aria-label="Siap" />
            </Tooltip>
          ) : (
            <Tooltip title={issues.map((i) => i.message).join('; ')}>
              <WarningAmberIcon color="warning" aria-label={`Belum siap: ${issues.map((i) => i.message).join('; ')}`} />
            </Tooltip>
          );
        },
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: 'Aksi',
        width: 56,
        getActions: ({ row }) => [
          <GridActionsCellItem key="hapus" icon={<DeleteOutlineIcon />} label={`Hapus ${row.name}`} onClick={() => void remove(row)} />,
        ],
      },
    ],
    [names],
  );

  const value = state.status === 'ready' ? state.value : undefined;
  return (
    <>
      <PageHeader
        title="Sentra IKM"
        subtitle="Sentra IKM yang ditetapkan dengan SK bupati/wali kota (PP 29/2018: minimal 5 unit usaha)."
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/sentra/baru')}>
            Tambah Sentra
          </Button>
        }
      />
      <Paper variant="outlined" sx={{ p: 2, mb: 2, display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1.5fr 1fr' }, gap: 2 }}>
        <TextField
          label="Cari sentra"
          placeholder="Ketik nama sentra"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
          slotProps={{ htmlInput: { 'aria-label': 'Cari sentra' } }}
        />
        <Autocomplete
          options={kabKotaOptions}
          value={kabKota}
          onChange={(_, v) => {
            setKabKota(v);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
          groupBy={(o) => o.province}
          getOptionLabel={(o) => o.label}
          isOptionEqualToValue={(a, b) => a.code === b.code}
          noOptionsText="Tidak ada pilihan"
          renderInput={(params) => <TextField {...params} label="Kab/Kota" size="small" />}
        />
        <TextField
          select
          label="Komoditi"
          value={commodity ?? ''}
          onChange={(e) => {
            setCommodity(e.target.value as Commodity | '');
            setPaging((p) => ({ ...p, page: 0 }));
          }}
        >
          <MenuItem value="">Semua komoditi</MenuItem>
          {COMMODITIES.map((c) => (
            <MenuItem key={c} value={c}>
              {COMMODITY_LABELS[c]}
            </MenuItem>
          ))}
        </TextField>
      </Paper>
      {state.status === 'error' ? <Alert severity="error" sx={{ mb: 2 }}>{state.message}</Alert> : null}
      <Box sx={{ height: 560, bgcolor: 'background.paper' }}>
        <DataGrid
          aria-label="Daftar sentra IKM"
          rows={value?.rows ?? []}
          rowCount={value?.total ?? 0}
          columns={columns}
          loading={state.status === 'loading'}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          paginationModel={paging}
          onPaginationModelChange={setPaging}
          pageSizeOptions={[25, 50, 100]}
          sortModel={sortModel}
          onSortModelChange={(m) => setSortModel(m.length > 0 ? m : [{ field: 'name', sort: 'asc' }])}
          disableColumnFilter
          disableRowSelectionOnClick
          density="compact"
          localeText={idID.components.MuiDataGrid.defaultProps.localeText}
        />
      </Box>
      <UndoSnackbar message={deleted ? `Sentra "${deleted.name}" dihapus` : undefined} onUndo={() => void undo()} onClose={() => setDeleted(undefined)} />
    </>
  );
}
