import { useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import SettingsIcon from '@mui/icons-material/Settings';
import type { KabKota } from '@shared/domain/round-overview/round-overview';
import { daysLeft, ROUND_PHASE_LABELS, roundPhase } from '@shared/domain/round/round';
import { PageHeader } from '../../ui/PageHeader';
import { NominateDialog } from './nomination/NominateDialog';
import { KabKotaOverviewTable } from './KabKotaOverviewTable';
import { gridFilterFromParams } from './grid-filter';
import { NominationGrid } from './NominationGrid';
import { ReceivedBundlesTable } from './ReceivedBundlesTable';
import { useReceivedBundles } from './use-received-bundles';
import { daysLeftLabel, todayIso, windowLabel } from './round-dates';
import { useRoundView } from './use-round-view';

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1.5, minWidth: 150 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="p">
        {value}
      </Typography>
    </Paper>
  );
}

const NO_KAB_KOTA: readonly KabKota[] = [];

/** `/usulan/periode/:roundId`: the round's window, per-kab/kota overview and nomination grid. */
export function RoundOverviewPage() {
  const { roundId = '' } = useParams();
  const state = useRoundView(roundId);
  const [params] = useSearchParams();
  const [nominating, setNominating] = useState(false);
  const ready = state.status === 'ready' ? state.value : undefined;
  const receipts = useReceivedBundles(ready?.round.year, ready?.kabKota ?? NO_KAB_KOTA);
  if (state.status === 'loading') return <LinearProgress aria-label="Memuat periode" />;
  if (state.status === 'error') return <Alert severity="error">{state.message}</Alert>;
  if (!state.value) return <Alert severity="warning">Periode tidak ditemukan.</Alert>;
  const { round, rows, overview, kabKota, expiring, officeKabKota } = state.value;
  const today = todayIso();
  const phase = roundPhase(round, today);
  const count = (light: string) => rows.filter((r) => r.light === light).length;
  const empty = overview.rows.filter((r) => r.nominationCount === 0).length;

  return (
    <>
      <PageHeader
        title={round.name}
        subtitle={`Masa usulan ${windowLabel(round)} · skala bintang 1–${round.starScale}`}
        actions={
          <>
            <Button
              component={RouterLink}
              to={`/usulan/periode/${round.id}/ubah`}
              startIcon={<SettingsIcon />}
            >
              Pengaturan periode
            </Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setNominating(true)}>
              Usulkan IKM
            </Button>
          </>
        }
      />
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1.5 }}>
        <Paper variant="outlined" sx={{ px: 2, py: 1.5 }}>
          <Typography variant="caption" color="text.secondary">
            Masa usulan
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Chip
              size="small"
              label={ROUND_PHASE_LABELS[phase]}
              color={phase === 'dibuka' ? 'success' : 'default'}
            />
            <Typography variant="body1" component="p" data-testid="days-left">
              {phase === 'belum-dibuka'
                ? `Dibuka ${windowLabel(round).split(' – ')[0]}`
                : daysLeftLabel(daysLeft(round, today))}
            </Typography>
          </Box>
        </Paper>
        <Stat label="Usulan" value={rows.length} />
        <Stat label="Siap" value={count('siap')} />
        <Stat label="Perlu perhatian" value={count('perlu-perhatian')} />
        <Stat label="Belum siap" value={count('belum-siap')} />
        {officeKabKota === undefined ? (
          <Stat label="Kab/kota belum mengusulkan" value={empty} />
        ) : null}
        {officeKabKota === undefined && receipts ? (
          <Stat
            label="Kab/kota belum mengirim bundel"
            value={receipts.filter((r) => r.bundles.length === 0).length}
          />
        ) : null}
      </Stack>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {officeKabKota === undefined ? 'Per kabupaten/kota' : 'Kabupaten/kota ini'}
      </Typography>
      {overview.rows.length === 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          Belum ada kabupaten/kota di register (tambahkan sentra IKM atau IKM lebih dulu).
        </Alert>
      ) : (
        <Box sx={{ mb: 3 }}>
          <KabKotaOverviewTable rows={overview.rows} />
        </Box>
      )}
      {officeKabKota === undefined && receipts && receipts.length > 0 ? (
        <>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            Bundel dari kabupaten/kota
          </Typography>
          <Box sx={{ mb: 3 }}>
            <ReceivedBundlesTable rows={receipts} />
          </Box>
        </>
      ) : null}
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Daftar usulan
      </Typography>
      {/* Re-keyed by the query so a new Beranda link resets the grid's filter. */}
      <NominationGrid
        key={params.toString()}
        rows={rows}
        kabKota={kabKota}
        initialFilter={gridFilterFromParams(params)}
        expiring={expiring}
      />
      {nominating ? (
        <NominateDialog open roundId={round.id} onClose={() => setNominating(false)} />
      ) : null}
    </>
  );
}
