import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { NOMINATION_STATUS_LABELS, type HistoryEntry } from '@shared/domain/nomination/nomination';
import { formatDateTime } from '../round-dates';

/** The dated history of a nomination, newest first: status, tanggal, oleh, catatan. */
export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  const rows = [...history].reverse();
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Riwayat status">
        <TableHead>
          <TableRow>
            <TableCell>Status</TableCell>
            <TableCell>Tanggal</TableCell>
            <TableCell>Oleh</TableCell>
            <TableCell>Catatan</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((h, i) => (
            <TableRow key={`${h.at}-${i}`}>
              <TableCell>{NOMINATION_STATUS_LABELS[h.status]}</TableCell>
              <TableCell>{formatDateTime(h.at)}</TableCell>
              <TableCell>{h.by}</TableCell>
              <TableCell>{h.note ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
