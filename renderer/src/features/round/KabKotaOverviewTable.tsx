import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  NOMINATION_STATUSES,
  NOMINATION_STATUS_LABELS,
} from '@shared/domain/nomination/nomination';
import type { KabKotaOverview } from '@shared/domain/round-overview/round-overview';

/** "2 dari minimal 3", or "2 (tanpa minimum)" when the round sets no minimum. */
function againstQuota(count: number, minimum: number): string {
  return minimum === 0 ? `${count} (tanpa minimum)` : `${count} dari minimal ${minimum}`;
}

function statusSummary(row: KabKotaOverview): string {
  const parts = NOMINATION_STATUSES.filter((s) => row.statuses[s] > 0).map(
    (s) => `${NOMINATION_STATUS_LABELS[s]} ${row.statuses[s]}`,
  );
  return parts.length > 0 ? parts.join(', ') : '–';
}

/** Per kab/kota: sentra and IKM against the quota, readiness and status counts (empty kab/kota first). */
export function KabKotaOverviewTable({ rows }: { rows: readonly KabKotaOverview[] }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Ringkasan per kabupaten/kota">
        <TableHead>
          <TableRow>
            <TableCell>Kabupaten/kota</TableCell>
            <TableCell align="right">Sentra (kuota minimal)</TableCell>
            <TableCell align="right">IKM (kuota minimal)</TableCell>
            <TableCell>Kuota</TableCell>
            <TableCell>Kesiapan</TableCell>
            <TableCell>Status usulan</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.code} data-kab-kota={r.code}>
              <TableCell>
                {r.name}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {r.code}
                </Typography>
              </TableCell>
              <TableCell align="right">{againstQuota(r.sentraCount, r.sentraQuota)}</TableCell>
              <TableCell align="right">
                {againstQuota(r.enterpriseCount, r.enterpriseQuota)}
                {r.reEvaluationCount > 0 && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    + {r.reEvaluationCount} evaluasi ulang
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {r.nominationCount === 0 ? (
                  <Chip size="small" color="error" label="Belum mengusulkan" />
                ) : r.quotaMet ? (
                  <Chip size="small" color="success" variant="outlined" label="Terpenuhi" />
                ) : (
                  <Chip size="small" color="warning" variant="outlined" label="Kurang" />
                )}
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={1}>
                  <Typography variant="body2" color="success.main">
                    Siap {r.readiness.siap}
                  </Typography>
                  <Typography variant="body2" color="warning.main">
                    Perhatian {r.readiness['perlu-perhatian']}
                  </Typography>
                  <Typography variant="body2" color="error.main">
                    Belum {r.readiness['belum-siap']}
                  </Typography>
                </Stack>
              </TableCell>
              <TableCell>
                <Typography variant="body2">{statusSummary(r)}</Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
