import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { DataGrid, GridActionsCellItem, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { idID } from '@mui/x-data-grid/locales';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { COMMODITIES, COMMODITY_LABELS, type Commodity } from '@shared/domain/common/commodity';
import { SIZE_CLASS_LABELS } from '@shared/domain/enterprise/enterprise';
import { appRepositories, useLive, type EnterpriseRow, type EnterpriseSortField } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { useDebounced } from '../../ui/use-debounced';
import { useKabKotaOptions } from '../../ui/use-kab-kota-names';
import { useListFilter } from '../../ui/use-list-filter';
import { legalitySummary, localIsoDate, type LegalitySeverity } from './enterprise-editor';

const SORTABLE: Record<string, EnterpriseSortField> = { name: 'name', nib: 'nib', kabKota: 'kabKotaCode', commodity: 'commodity', sizeClass: 'sizeClass' };
const CHIP_COLOR: Record<LegalitySeverity, 'default' | 'success' | 'warning' | 'error'> = { none: 'default', ok: 'success', warning: 'warning', error: 'error' };

type GridRow = EnterpriseRow & { readonly sentraName?: string; readonly legality: ReturnType<typeof legalitySummary> };

export default function EnterpriseListPage() {
  const navigate = useNavigate();
  const { options: kabKotaOptions, names } = useKabKotaOptions();
  const [text, setText] = useState('');
  const search = useDebounced(text, 150);
  const { filter, kabKota, setKabKota, setCommodity } = useListFilter(kabKotaOptions);
  const { kabKotaCode, commodity } = filter;
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sortModel, setSortModel] = useState<GridSortModel>([{ field: 'name', sort: 'asc' }]);
  const [deleted, setDeleted] = useState<EnterpriseRow | undefined>();
  const sort = sortModel[0];

  const state = useLive(async () => {
    const { enterprises, sentras } = appRepositories();
    const page = await enterprises.page({
      filter: { text: search, ...(kabKotaCode ? { kabKotaCode } : {}), ...(commodity ? { commodity } : {}) },
      sort: { field: SORTABLE[sort?.field ?? 'name'] ?? 'name', direction: sort?.sort === 'desc' ? 'desc' : 'asc' },
      offset: paging.page * paging.pageSize,
      limit: paging.pageSize,
    });
    const today = localIsoDate(new Date());
    const sentraNames = new Map<string, string>();
    const rows: GridRow[] = await Promise.all(
      page.rows.map(async (row) => {
        const credentials = await enterprises.credentials.list(row.id);
        let sentraName: string | undefined;
        if (row.sentraId !== undefined) {
          sentraName = sentraNames.get(row.sentraId) ?? (await sentras.get(row.sentraId))?.name;
          if (sentraName !== undefined) sentraNames.set(row.sentraId, sentraName);
        }
        return { ...row, legality: legalitySummary(credentials, today), ...(sentraName !== undefined ? { sentraName } : {}) };
      }),
    );
    return { rows, total: page.total };
  }, [search, kabKotaCode, commodity, paging, sort?.field, sort?.sort]);

  const remove = async (row: EnterpriseRow) => {
    await appRepositories().enterprises.softDelete(row.id, row.updatedAt);
    setDeleted(row);
  };
  const undo = async () => {
    if (!deleted) return;
    await appRepositories().enterprises.restore(deleted.id);
    setDeleted(undefined);
  };

  const columns = useMemo<GridColDef<GridRow>[]>(
    () => [
      {
        field: 'name',
        headerName: 'Nama IKM',
        flex: 1.5,
        minWidth: 160,
        renderCell: ({ row }) => (
          <Link component={RouterLink} to={`/ikm/${row.id}`}>
            {row.name}
          </Link>
        ),
      },
      { field: 'ownerName', headerName: 'Pemilik', flex: 1, minWidth: 110, sortable: false },
      { field: 'nib', headerName: 'NIB', width: 125 },
      { field: 'kabKota', headerName: 'Kab/Kota', flex: 1, minWidth: 120, valueGetter: (_, row) => names.get(row.kabKotaCode) ?? row.kabKotaCode },
      { field: 'sentra', headerName: 'Sentra', flex: 1, minWidth: 110, sortable: false, valueGetter: (_, row) => row.sentraName ?? '—' },
      { field: 'commodity', headerName: 'Komoditi', width: 120, valueGetter: (_, row) => (row.commodity ? COMMODITY_LABELS[row.commodity] : '—') },
      { field: 'sizeClass', headerName: 'Skala usaha', width: 110, valueGetter: (_, row) => SIZE_CLASS_LABELS[row.sizeClass] },
      {
        field: 'legality',
        headerName: 'Status legalitas',
        width: 170,
        sortable: false,
        renderCell: ({ row }) => <Chip size="small" label={row.legality.label} color={CHIP_COLOR[row.legality.severity]} variant="outlined" />,
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: 'Aksi',
        width: 56,
        getActions: ({ row }) => [<GridActionsCellItem key="hapus" icon={<DeleteOutlinedIcon />} label={`Hapus ${row.name}`} onClick={() => void remove(row)} />],
      },
    ],
    [names],
  );

  const value = state.status === 'ready' ? state.value : undefined;
  return (
    <>
      <PageHeader
        title="IKM"
        subtitle="Register industri kecil dan menengah: identitas, produk, legalitas, foto dan dokumen."
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/ikm/baru')}>
            Tambah IKM
          </Button>
        }
      />
      <Paper variant="outlined" sx={{ p: 2, mb: 2, display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1.5fr 1fr' }, gap: 2 }}>
        <TextField
          label="Cari IKM"
          placeholder="Ketik nama IKM, pemilik, atau NIB"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
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
          aria-label="Daftar IKM"
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
      <UndoSnackbar message={deleted ? `IKM "${deleted.name}" dihapus` : undefined} onUndo={() => void undo()} onClose={() => setDeleted(undefined)} />
    </>
  );
}
