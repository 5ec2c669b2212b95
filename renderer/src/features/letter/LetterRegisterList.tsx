import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { Letter, LetterStatus } from '@shared/domain/letter';
import { formatLongDate } from '@shared/text/date';
import { saveBytes } from '../../platform/api';
import { PageHeader } from '../../ui/PageHeader';
import { LETTER_STATUS_LABELS } from './letter-records';
import { NewLetterDialog } from './NewLetterDialog';
import { registerWorkbook } from './register-export';
import { errorText, useLetterStore } from './use-letter-store';

interface Row {
  id: string;
  number: string;
  date: string;
  hal: string;
  addressee: string;
  status: LetterStatus;
  signer: string;
}

const STATUS_COLOR: Record<LetterStatus, 'default' | 'primary' | 'success' | 'info' | 'error'> = {
  draft: 'default',
  final: 'primary',
  signed: 'success',
  sent: 'info',
  cancelled: 'error',
};

const columns: GridColDef<Row>[] = [
  { field: 'number', headerName: 'Nomor', width: 210, valueFormatter: (v: string) => v || '(belum bernomor)' },
  { field: 'date', headerName: 'Tanggal', width: 160, valueFormatter: (v: string) => formatLongDate(v) },
  { field: 'hal', headerName: 'Hal', flex: 1, minWidth: 220 },
  { field: 'addressee', headerName: 'Tujuan', flex: 1, minWidth: 220 },
  { field: 'status', headerName: 'Status', width: 140, renderCell: ({ value }) => <Chip size="small" label={LETTER_STATUS_LABELS[value as LetterStatus]} color={STATUS_COLOR[value as LetterStatus]} /> },
  { field: 'signer', headerName: 'Penanda tangan', width: 220 },
];

function toRow(letter: Letter): Row {
  return {
    id: letter.id,
    number: letter.number ?? '',
    date: letter.date,
    hal: letter.hal,
    addressee: letter.addressee.jobTitle,
    status: letter.status,
    signer: letter.officeSnapshot?.signer.name ?? '',
  };
}

/** Surat: every letter with its register number and status; the register exports to XLSX. */
export function LetterRegisterList() {
  const { ctx, store, error } = useLetterStore();
  const [rows, setRows] = useState<Row[]>();
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string>();
  const navigate = useNavigate();
  const load = useCallback(() => {
    store?.list().then((letters) => setRows(letters.map(toRow)), (e: unknown) => setMessage(errorText(e)));
  }, [store]);
  useEffect(load, [load]);

  const exportXlsx = async () => {
    if (!store) return;
    try {
      const bytes = await registerWorkbook(await store.register());
      await saveBytes('agenda-surat-keluar.xlsx', bytes, [{ name: 'Buku kerja Excel', extensions: ['xlsx'] }]);
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <>
      <PageHeader
        title="Surat"
        subtitle="Buku agenda surat keluar: surat usulan calon IKM OVOP beserta nomor dan statusnya"
        actions={
          <>
            <Button variant="outlined" onClick={() => void exportXlsx()} disabled={!store}>
              Ekspor agenda (XLSX)
            </Button>
            <Button variant="contained" onClick={() => setCreating(true)} disabled={!store}>
              Buat Surat Usulan
            </Button>
          </>
        }
      />
      {(error ?? message) && <Alert severity="error" sx={{ mb: 2 }}>{error ?? message}</Alert>}
      <DataGrid
        aria-label="Daftar surat"
        rows={rows ?? []}
        columns={columns}
        loading={rows === undefined}
        autoHeight
        density="compact"
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
        onRowClick={({ id }) => void navigate(`/surat/${String(id)}`)}
        localeText={{ noRowsLabel: 'Belum ada surat. Klik "Buat Surat Usulan".' }}
        sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
      {creating && ctx && store && <NewLetterDialog ctx={ctx} store={store} onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/surat/${id}`)} />}
    </>
  );
}
