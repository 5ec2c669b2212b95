import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { nominationListLink, quotaLabel, type DashboardData } from '@shared/dashboard';
import { FigureLink } from './FigureLink';

const CHIP_COLOR = {
  'Belum mengusulkan': 'error',
  'Di bawah kuota': 'warning',
  'Memenuhi kuota': 'success',
} as const;

/** Quota per kab/kota; those that proposed nothing first (order from the domain's roundOverview). */
export function QuotaTable({ data }: { data: DashboardData }) {
  const { quota, round } = data;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="kuota-judul" sx={{ mb: 3 }}>
      <Typography id="kuota-judul" variant="subtitle1" component="h2" sx={{ px: 2, pt: 1.5 }}>
        Pemenuhan kuota per kabupaten/kota (minimal {round.quota.minSentraPerKabKota} sentra,{' '}
        {round.quota.minEnterprisePerKabKota} IKM)
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Pemenuhan kuota per kabupaten/kota">
          <TableHead>
            <TableRow>
              <TableCell>Kabupaten/Kota</TableCell>
              <TableCell align="right">Sentra diusulkan</TableCell>
              <TableCell align="right">IKM diusulkan</TableCell>
              <TableCell align="right">Usulan</TableCell>
              <TableCell>Keterangan</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {quota.length === 0 ? (
              <TableRow>
                <TableCell colSpan={5}>
                  Belum ada kabupaten/kota: isi wilayah pada profil instansi.
                </TableCell>
              </TableRow>
            ) : null}
            {quota.map((q) => {
              const label = quotaLabel(q);
              return (
                <TableRow key={q.code}>
                  <TableCell>{q.name}</TableCell>
                  <TableCell align="right">{q.sentraCount}</TableCell>
                  <TableCell align="right">{q.enterpriseCount}</TableCell>
                  <TableCell align="right">
                    <FigureLink
                      to={nominationListLink(round.id, { kabKota: q.code })}
                      count={q.nominationCount}
                      label={`Usulan dari ${q.name}`}
                    />
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={CHIP_COLOR[label as keyof typeof CHIP_COLOR]}
                      label={label}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
