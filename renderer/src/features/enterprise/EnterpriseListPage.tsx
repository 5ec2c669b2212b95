import { useEffect, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { dequal } from 'dequal';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { COMMODITY_LABELS } from '@shared/domain/common/commodity';
import { SIZE_CLASS_LABELS } from '@shared/domain/enterprise/enterprise';
import { useLive, type EnterpriseRow, useRepositories } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { ListFilterBar } from '../../ui/ListFilterBar';
import { ServerDataGrid } from '../../ui/ServerDataGrid';
import { useServerList } from '../../ui/use-server-list';
import type { LegalitySeverity } from './enterprise-editor';
import {
  forgetFirstGridPage,
  loadEnterpriseGridPage,
  prefetchedGridPage,
  type EnterpriseGridQuery,
  type EnterpriseGridRow,
} from './enterprise-grid-page';

const CHIP_COLOR: Record<LegalitySeverity, 'default' | 'success' | 'warning' | 'error'> = {
  none: 'default',
  ok: 'success',
  warning: 'warning',
  error: 'error',
};

type GridRow = EnterpriseGridRow;

export default function EnterpriseListPage() {
  const repos = useRepositories();
  const navigate = useNavigate();
  const list = useServerList();
  const { search, kabKotaCode, commodity, paging, sortField, sortDirection } = list;
  const names = list.kabKotaNames;
  const [deleted, setDeleted] = useState<EnterpriseRow | undefined>();

  const query: EnterpriseGridQuery = {
    search,
    ...(kabKotaCode ? { kabKotaCode } : {}),
    ...(commodity ? { commodity } : {}),
    page: paging.page,
    pageSize: paging.pageSize,
    sortField,
    sortDirection,
  };
  // Right after start-up the first page was read while this page's code loaded (app/start-up.ts).
  const initial = prefetchedGridPage(query);
  useEffect(() => forgetFirstGridPage(), []);
  // A page read again with the same rows (the first live run after the prefetched page, a write to
  // another IKM) keeps the rows shown, so the grid does not render them again.
  const state = useLive(
    () => loadEnterpriseGridPage(repos, query),
    [search, kabKotaCode, commodity, paging, sortField, sortDirection],
    initial,
    dequal,
  );

  const remove = async (row: EnterpriseRow) => {
    await repos.enterprises.softDelete(row.id, row.updatedAt);
    setDeleted(row);
  };
  const undo = async () => {
    if (!deleted) return;
    await repos.enterprises.restore(deleted.id);
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
      {
        field: 'kabKota',
        headerName: 'Kab/Kota',
        flex: 1,
        minWidth: 120,
        valueGetter: (_, row) => names.get(row.kabKotaCode) ?? row.kabKotaCode,
      },
      {
        field: 'sentra',
        headerName: 'Sentra',
        flex: 1,
        minWidth: 110,
        sortable: false,
        valueGetter: (_, row) => row.sentraName ?? '—',
      },
      {
        field: 'commodity',
        headerName: 'Komoditi',
        width: 120,
        valueGetter: (_, row) => (row.commodity ? COMMODITY_LABELS[row.commodity] : '—'),
      },
      {
        field: 'sizeClass',
        headerName: 'Skala usaha',
        width: 110,
        valueGetter: (_, row) => SIZE_CLASS_LABELS[row.sizeClass],
      },
      {
        field: 'legality',
        headerName: 'Status legalitas',
        width: 170,
        sortable: false,
        renderCell: ({ row }) => (
          <Chip
            size="small"
            label={row.legality.label}
            color={CHIP_COLOR[row.legality.severity]}
            variant="outlined"
          />
        ),
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: 'Aksi',
        width: 56,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="hapus"
            icon={<DeleteOutlinedIcon />}
            label={`Hapus ${row.name}`}
            onClick={() => void remove(row)}
          />,
        ],
      },
    ],
    [names],
  );

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
      <ListFilterBar
        list={list}
        searchLabel="Cari IKM"
        searchPlaceholder="Ketik nama IKM, pemilik, atau NIB"
      />
      <ServerDataGrid aria-label="Daftar IKM" list={list} state={state} columns={columns} />
      <UndoSnackbar
        message={deleted ? `IKM "${deleted.name}" dihapus` : undefined}
        onUndo={() => void undo()}
        onClose={() => setDeleted(undefined)}
      />
    </>
  );
}
