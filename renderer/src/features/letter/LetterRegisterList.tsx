import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { gridLocaleText } from '../../ui/grid-locale';
import type { Letter, LetterStatus } from '@shared/domain/letter';
import { formatLongDate } from '@shared/text/date';
import { useRepositories, useLive } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { filterLetters, letterFilterFromParams } from './letter-list-filter';
import { LETTER_STATUS_LABELS } from './letter-records';
import { NewLetterDialog } from './NewLetterDialog';
import { ReceivedLettersGrid } from './ReceivedLettersGrid';
import { receivedBundles } from '../../db';
import Typography from '@mui/material/Typography';
import { LetterZipDialog } from './LetterZipDialog';
import { exportRegister } from '../import-export/export-register';
import { errorText } from '../../ui/error-text';

interface Row {
  id: string;
  number: string;
  date: string;
  hal: string;
  addressee: string;
  status: LetterStatus;
  signer: string;
  cancelReason: string;
}

const STATUS_COLOR: Record<LetterStatus, 'default' | 'primary' | 'success' | 'info' | 'error'> = {
  draft: 'default',
  final: 'primary',
  signed: 'success',
  sent: 'info',
  cancelled: 'error',
};

const columns: GridColDef<Row>[] = [
  {
    field: 'number',
    headerName: 'Nomor',
    width: 210,
    valueFormatter: (v: string) => v || '(belum bernomor)',
  },
  {
    field: 'date',
    headerName: 'Tanggal',
    width: 160,
    valueFormatter: (v: string) => formatLongDate(v),
  },
  { field: 'hal', headerName: 'Hal', flex: 1, minWidth: 220 },
  { field: 'addressee', headerName: 'Tujuan', flex: 1, minWidth: 220 },
  {
    field: 'status',
    headerName: 'Status',
    width: 140,
    renderCell: ({ value }) => (
      <Chip
        size="small"
        label={LETTER_STATUS_LABELS[value as LetterStatus]}
        color={STATUS_COLOR[value as LetterStatus]}
      />
    ),
  },
  { field: 'signer', headerName: 'Penanda tangan', width: 220 },
  { field: 'cancelReason', headerName: 'Alasan batal', width: 200 },
];

function toRow(letter: Letter, cancelReason = ''): Row {
  return {
    id: letter.id,
    number: letter.number ?? '',
    date: letter.date,
    hal: letter.hal,
    addressee: letter.addressee.jobTitle,
    status: letter.status,
    signer: letter.officeSnapshot?.signer.name ?? '',
    cancelReason,
  };
}

/** Surat: every letter with its register number and status; the register exports to XLSX. */
export function LetterRegisterList() {
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [zipping, setZipping] = useState<readonly Letter[]>();
  const closeZip = useCallback((done?: string) => {
    setZipping(undefined);
    setNotice(done);
  }, []);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => letterFilterFromParams(params), [params]);
  const repos = useRepositories();
  const data = useLive(async () => {
    const [all, rounds, office, bundles] = await Promise.all([
      repos.letters.list(),
      repos.rounds.list(),
      repos.office.get(),
      receivedBundles(repos.ctx),
    ]);
    // This office's letters; those that came in bundles stay their sender's (listed apart).
    const letters = all.filter((l) => l.officeId === office.profile.id);
    const received = all.filter((l) => l.officeId !== office.profile.id);
    const senders = new Map<string, string>();
    for (const b of bundles)
      for (const l of b.letters)
        senders.set(l.officeId, `${b.office.name} (${b.office.regionName ?? b.office.name})`);
    const reasons = new Map(
      await Promise.all(
        letters
          .filter((l) => l.status === 'cancelled')
          .map(async (l) => [l.id, (await repos.letters.cancelReason(l.id)) ?? ''] as const),
      ),
    );
    return { letters, reasons, rounds, received, senders };
  }, []);
  const shown = data.status === 'ready' ? filterLetters(data.value.letters, filter) : undefined;
  const rows =
    data.status === 'ready' ? shown?.map((l) => toRow(l, data.value.reasons.get(l.id))) : undefined;
  const printable = shown?.filter((l) => l.status !== 'cancelled') ?? [];
  const roundName =
    data.status === 'ready'
      ? data.value.rounds.find((r) => r.id === filter.roundId)?.name
      : undefined;
  const clear = (key: 'periode' | 'status') =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete(key);
      return next;
    });

  const exportXlsx = async () => {
    try {
      // One register export for the whole app (Pengaturan → Impor & Ekspor uses the same function).
      await exportRegister(repos, 'register-surat', {}, 'xlsx');
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
            <Button variant="outlined" onClick={() => void exportXlsx()}>
              Ekspor agenda (XLSX)
            </Button>
            <Button
              variant="outlined"
              onClick={() => setZipping(printable)}
              disabled={printable.length === 0}
            >
              Unduh PDF ({printable.length} surat, ZIP)
            </Button>
            <Button variant="contained" onClick={() => setCreating(true)}>
              Buat Surat Usulan
            </Button>
          </>
        }
      />
      {(message ?? (data.status === 'error' ? data.message : undefined)) && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {message ?? (data.status === 'error' ? data.message : '')}
        </Alert>
      )}
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      {filter.roundId !== undefined || filter.status !== undefined ? (
        <Box
          sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1.5 }}
          role="group"
          aria-label="Saringan daftar surat"
        >
          {filter.roundId !== undefined ? (
            <Chip
              label={`Periode: ${roundName ?? filter.roundId}`}
              onDelete={() => clear('periode')}
              color="primary"
              variant="outlined"
              size="small"
            />
          ) : null}
          {filter.status !== undefined ? (
            <Chip
              label={
                filter.status === 'final'
                  ? 'Final, menunggu pindaian bertanda tangan'
                  : `Status: ${LETTER_STATUS_LABELS[filter.status]}`
              }
              onDelete={() => clear('status')}
              color="primary"
              variant="outlined"
              size="small"
            />
          ) : null}
        </Box>
      ) : null}
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
        localeText={{
          ...gridLocaleText,
          noRowsLabel:
            filter.roundId !== undefined || filter.status !== undefined
              ? 'Tidak ada surat yang cocok dengan saringan.'
              : 'Belum ada surat. Klik "Buat Surat Usulan".',
        }}
        sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
      />
      {data.status === 'ready' && data.value.received.length > 0 ? (
        <Box component="section" aria-labelledby="surat-diterima" sx={{ mt: 3 }}>
          <Typography variant="h6" component="h2" id="surat-diterima" sx={{ mb: 1 }}>
            Surat diterima dari kantor lain
          </Typography>
          <ReceivedLettersGrid
            letters={filterLetters(data.value.received, filter)}
            senders={data.value.senders}
          />
        </Box>
      ) : null}
      {zipping && <LetterZipDialog repos={repos} letters={zipping} onClose={closeZip} />}
      {creating && (
        <NewLetterDialog
          repos={repos}
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(`/surat/${id}`)}
        />
      )}
    </>
  );
}
