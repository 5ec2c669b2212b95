import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import AddIcon from '@mui/icons-material/Add';
import { ROUND_PHASE_LABELS, roundPhase } from '@shared/domain/round/round';
import { PageHeader } from '../../ui/PageHeader';
import { useRepositories, useLive } from '../../db';
import { CreateRoundDialog } from './CreateRoundDialog';
import { todayIso, windowLabel } from './round-dates';

/** Usulan home: every OVOP round, newest first (past rounds stay readable). */
export function RoundListPage() {
  const repos = useRepositories();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const state = useLive(async () => {
    const rounds = await repos.rounds.list();
    const counts = await Promise.all(
      rounds.map(async (r) => (await repos.nominations.listByRound(r.id)).length),
    );
    return rounds.map((round, i) => ({ round, count: counts[i] ?? 0 }));
  }, []);
  const today = todayIso();

  return (
    <>
      <PageHeader
        title="Usulan"
        subtitle="Periode OVOP, usulan per kabupaten/kota, dan pemeriksaan kesiapan"
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setCreating(true)}
            disabled={state.status !== 'ready'}
          >
            Periode baru
          </Button>
        }
      />
      {state.status === 'loading' ? <LinearProgress aria-label="Memuat periode" /> : null}
      {state.status === 'error' ? <Alert severity="error">{state.message}</Alert> : null}
      {state.status === 'ready' && state.value.length === 0 ? (
        <Alert severity="info">
          Belum ada periode OVOP. Buat periode baru untuk mulai mengusulkan IKM.
        </Alert>
      ) : null}
      {state.status === 'ready' && state.value.length > 0 ? (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="Daftar periode OVOP">
            <TableHead>
              <TableRow>
                <TableCell>Periode</TableCell>
                <TableCell>Masa usulan</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Skala bintang</TableCell>
                <TableCell align="right">Usulan</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {state.value.map(({ round, count }) => (
                <TableRow key={round.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/usulan/periode/${round.id}`}>
                      {round.name}
                    </Link>
                  </TableCell>
                  <TableCell>{windowLabel(round)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={ROUND_PHASE_LABELS[roundPhase(round, today)]}
                      color={roundPhase(round, today) === 'dibuka' ? 'success' : 'default'}
                    />
                  </TableCell>
                  <TableCell>1–{round.starScale}</TableCell>
                  <TableCell align="right">{count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {creating && state.status === 'ready' ? (
        <CreateRoundDialog
          open
          rounds={state.value.map((v) => v.round)}
          onClose={() => setCreating(false)}
          onCreate={async (form) => (await repos.rounds.create(form)).id}
          onCreated={(id) => void navigate(`/usulan/periode/${id}/ubah`)}
        />
      ) : null}
    </>
  );
}
