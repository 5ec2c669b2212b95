import { useNavigate } from 'react-router';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { Letter, LetterStatus } from '@shared/domain/letter';
import { formatLongDate } from '@shared/text/date';
import { gridLocaleText } from '../../ui/grid-locale';
import { LETTER_STATUS_LABELS } from './letter-records';

interface Row {
  id: string;
  sender: string;
  number: string;
  date: string;
  hal: string;
  status: LetterStatus;
}

const columns: GridColDef<Row>[] = [
  { field: 'sender', headerName: 'Pengirim', flex: 1, minWidth: 220 },
  {
    field: 'number',
    headerName: 'Nomor pengirim',
    width: 220,
    valueFormatter: (v: string) => v || '(konsep, belum bernomor)',
  },
  {
    field: 'date',
    headerName: 'Tanggal',
    width: 160,
    valueFormatter: (v: string) => formatLongDate(v),
  },
  { field: 'hal', headerName: 'Hal', flex: 1, minWidth: 220 },
  {
    field: 'status',
    headerName: 'Status di pengirim',
    width: 170,
    valueFormatter: (v: LetterStatus) => LETTER_STATUS_LABELS[v],
  },
];

/**
 * Letters that arrived in bundles from other offices: kept as sent (their own number, PDF and
 * SHA-256), never in this office's number register. `senders` names each office id.
 */
export function ReceivedLettersGrid({
  letters,
  senders,
}: {
  letters: readonly Letter[];
  senders: ReadonlyMap<string, string>;
}) {
  const navigate = useNavigate();
  const rows = letters.map((l): Row => ({
    id: l.id,
    sender: senders.get(l.officeId) ?? l.officeSnapshot?.officeName ?? 'Kantor lain',
    number: l.number ?? '',
    date: l.date,
    hal: l.hal,
    status: l.status,
  }));
  return (
    <DataGrid
      aria-label="Daftar surat diterima"
      rows={rows}
      columns={columns}
      autoHeight
      density="compact"
      hideFooter={rows.length <= 25}
      onRowClick={({ id }) => void navigate(`/surat/${String(id)}`)}
      localeText={gridLocaleText}
      sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } }}
    />
  );
}
