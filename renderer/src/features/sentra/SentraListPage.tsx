import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { COMMODITY_LABELS } from '@shared/domain/common/commodity';
import type { SentraDecree } from '@shared/domain/sentra/sentra';
import { formatLongDate } from '@shared/text';
import { useLive, type SentraRow, type SentraSortField, useRepositories } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { ListFilterBar } from '../../ui/ListFilterBar';
import { ServerDataGrid } from '../../ui/ServerDataGrid';
import { useServerList } from '../../ui/use-server-list';
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
  const repos = useRepositories();
  const navigate = useNavigate();
  const list = useServerList();
  const { search, kabKotaCode, commodity, paging, sortField, sortDirection } = list;
  const names = list.kabKotaNames;
  const [deleted, setDeleted] = useState<SentraRow | undefined>();

  const state = useLive(async () => {
    const { sentras } = repos;
    const page = await sentras.page({
      filter: {
        text: search,
        ...(kabKotaCode ? { kabKotaCode } : {}),
        ...(commodity ? { commodity } : {}),
      },
      sort: { field: SORTABLE[sortField] ?? 'name', direction: sortDirection },
      offset: paging.page * paging.pageSize,
      limit: paging.pageSize,
    });
    const rows: GridRow[] = await Promise.all(
      page.rows.map(async (row) => {
        const decree =
          row.decreeId !== undefined ? await sentras.decrees.get(row.decreeId) : undefined;
        return decree ? { ...row, decree } : row;
      }),
    );
    return { rows, total: page.total };
  }, [search, kabKotaCode, commodity, paging, sortField, sortDirection]);

  const remove = async (row: SentraRow) => {
    await repos.sentras.softDelete(row.id, row.updatedAt);
    setDeleted(row);
  };
  const undo = async () => {
    if (!deleted) return;
    await repos.sentras.restore(deleted.id);
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
      {
        field: 'commodity',
        headerName: 'Komoditi',
        flex: 1,
        minWidth: 130,
        valueGetter: (_, row) => COMMODITY_LABELS[row.commodity],
      },
      {
        field: 'kabKota',
        headerName: 'Kab/Kota',
        flex: 1.1,
        minWidth: 130,
        valueGetter: (_, row) => names.get(row.kabKotaCode) ?? row.kabKotaCode,
      },
      { field: 'unitCount', headerName: 'Unit usaha', type: 'number', width: 95 },
      {
        field: 'decree',
        headerName: 'Nomor SK',
        flex: 1.2,
        minWidth: 150,
        sortable: false,
        valueGetter: (_, row) => row.decree?.number ?? '—',
      },
      {
        field: 'decreeDate',
        headerName: 'Tanggal SK',
        width: 140,
        sortable: false,
        valueGetter: (_, row) => (row.decree ? formatLongDate(row.decree.date) : '—'),
      },
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
              <WarningAmberIcon
                color="warning"
                aria-label={`Belum siap: ${issues.map((i) => i.message).join('; ')}`}
              />
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
          <GridActionsCellItem
            key="hapus"
            icon={<DeleteOutlineIcon />}
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
        title="Sentra IKM"
        subtitle="Sentra IKM yang ditetapkan dengan SK bupati/wali kota (PP 29/2018: minimal 5 unit usaha)."
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => navigate('/sentra/baru')}
          >
            Tambah Sentra
          </Button>
        }
      />
      <ListFilterBar
        list={list}
        searchLabel="Cari sentra"
        searchPlaceholder="Ketik nama sentra"
        searchAriaLabel="Cari sentra"
      />
      <ServerDataGrid aria-label="Daftar sentra IKM" list={list} state={state} columns={columns} />
      <UndoSnackbar
        message={deleted ? `Sentra "${deleted.name}" dihapus` : undefined}
        onUndo={() => void undo()}
        onClose={() => setDeleted(undefined)}
      />
    </>
  );
}
