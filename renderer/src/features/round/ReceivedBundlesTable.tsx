import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReceivedLetter } from '@shared/bundle/received-bundle';
import type { KabKotaReceipts } from '@shared/domain/round-overview/received-by-kab-kota';
import { formatLongDate } from '@shared/text/date';
import { formatAuditTime } from '../../ui/audit-format';

/** "Nomor 500.9/4/Disperin/2026 tanggal 3 Maret 2026", or the draft's date while it has no number. */
function letterCitation(letter: ReceivedLetter): string {
  const date = formatLongDate(letter.date);
  return letter.number === ''
    ? `Konsep (belum bernomor) tanggal ${date}`
    : `Nomor ${letter.number} tanggal ${date}`;
}

/** Province: per kab/kota, the bundles merged for this round (when, from whom, its letters). */
export function ReceivedBundlesTable({ rows }: { rows: readonly KabKotaReceipts[] }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Bundel diterima per kabupaten/kota">
        <TableHead>
          <TableRow>
            <TableCell>Kabupaten/kota</TableCell>
            <TableCell>Bundel diterima</TableCell>
            <TableCell>Surat usulan kabupaten/kota</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => {
            const last = r.bundles.at(-1);
            const letters = last?.letters ?? [];
            return (
              <TableRow key={r.code} data-kab-kota={r.code}>
                <TableCell>{r.name}</TableCell>
                <TableCell>
                  {last ? (
                    <>
                      <Typography variant="body2">
                        Dari {last.officeName} ({last.regionName}), digabung{' '}
                        {formatAuditTime(last.at)} oleh {last.user}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {r.bundles.length > 1
                          ? `${r.bundles.length} bundel diterima; yang terakhir diekspor ${formatAuditTime(last.exportedAt)}`
                          : `Diekspor ${formatAuditTime(last.exportedAt)}`}
                      </Typography>
                    </>
                  ) : (
                    <Chip size="small" color="error" label="Belum mengirim bundel" />
                  )}
                </TableCell>
                <TableCell>
                  {last && letters.length === 0 ? (
                    <Typography variant="body2" color="text.secondary">
                      Bundel tanpa surat usulan
                    </Typography>
                  ) : null}
                  {letters.map((l) => (
                    <Typography key={l.id} variant="body2">
                      {letterCitation(l)}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
