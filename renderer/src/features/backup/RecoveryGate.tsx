import { useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatShortDate } from '@shared/domain/common/date';
import { openBytes } from '../../platform/api';
import { useRepositories } from '../../db';
import { previewBackup, restoreBackup, TABLE_LABELS } from './backup-file';
import { dailySnapshotIfDue, refreshWebMarker, type RecoveryCheck } from './snapshots';
import { safeCheckForLoss, takeStartupLossCheck } from './startup-check';
import { InterruptedRestoreNotice } from './InterruptedRestoreNotice';
import { errorText } from '../../ui/error-text';

type GateState =
  | { phase: 'checking' }
  | { phase: 'ok'; restoredFrom?: string }
  | { phase: 'loss'; check: Exclude<RecoveryCheck, { state: 'ok' }> };

const REASONS: Record<Exclude<RecoveryCheck, { state: 'ok' }>['state'], string> = {
  'open-failed': 'Basis data register tidak dapat dibuka.',
  'empty-but-snapshot-exists': 'Register di komputer ini kosong, padahal sebelumnya berisi data.',
  'rows-missing': 'Sebagian data register hilang dibanding cadangan terakhir.',
  'different-register':
    'Register di komputer ini bukan register yang tercatat di cadangan terakhir.',
};

function countsLine(counts: Readonly<Record<string, number>>): string {
  return Object.entries(TABLE_LABELS)
    .filter(([t]) => (counts[t] ?? 0) > 0)
    .map(([t, label]) => `${label} ${counts[t] ?? 0}`)
    .join(', ');
}

/**
 * Start-up guard: checks the register against the newest snapshot (desktop) or the browser's
 * marker (web) before any page shows, so a wiped database is never shown as an empty register.
 */
export function RecoveryGate({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<GateState>({ phase: 'checking' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ctx = useRepositories().ctx;

  useEffect(() => {
    let live = true;
    // Begun at start-up (app/start-up.ts) when the register opened; a later mount checks afresh.
    void (takeStartupLossCheck(ctx) ?? safeCheckForLoss(ctx)).then(async (check) => {
      if (!live) return;
      if (check.state === 'ok') {
        setState({ phase: 'ok' });
        await refreshWebMarker(ctx).catch(() => undefined);
        await dailySnapshotIfDue(ctx).catch(() => undefined);
      } else setState({ phase: 'loss', check });
    });
    return () => {
      live = false;
    };
  }, [ctx]);

  if (state.phase === 'checking') return <LinearProgress aria-label="Memeriksa register" />;
  if (state.phase === 'ok') {
    return (
      <>
        <Snackbar
          open={state.restoredFrom !== undefined}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        >
          <Alert severity="success" variant="filled" onClose={() => setState({ phase: 'ok' })}>
            Register dipulihkan dari {state.restoredFrom}.
          </Alert>
        </Snackbar>
        <InterruptedRestoreNotice ctx={ctx} />
        {children}
      </>
    );
  }

  const { check } = state;
  const restore = async (source: 'snapshot' | 'file') => {
    setBusy(true);
    setError(undefined);
    try {
      if (source === 'snapshot' && check.snapshot) {
        await restoreBackup(ctx, check.snapshot.preview, check.snapshot.info.name);
        await refreshWebMarker(ctx);
        setState({
          phase: 'ok',
          restoredFrom: `cuplikan ${formatShortDate(check.snapshot.info.createdAt.slice(0, 10))} (${countsLine(check.snapshot.preview.counts)})`,
        });
        return;
      }
      const file = await openBytes('Pilih berkas cadangan', [
        { name: 'Cadangan OVOP Desk', extensions: ['json'] },
      ]);
      if (!file.opened) return;
      const parsed = await previewBackup(file.bytes);
      if (!parsed.ok) throw new Error(parsed.message);
      await restoreBackup(ctx, parsed.preview, file.name);
      await refreshWebMarker(ctx);
      setState({
        phase: 'ok',
        restoredFrom: `berkas ${file.name} (${countsLine(parsed.preview.counts)})`,
      });
    } catch (e) {
      setError(`Pemulihan gagal; tidak ada yang diubah: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
      <Paper
        sx={{ p: 4, maxWidth: 640, display: 'grid', gap: 2 }}
        role="alertdialog"
        aria-labelledby="recovery-title"
      >
        <Typography id="recovery-title" variant="h1" component="h1">
          Data register perlu dipulihkan
        </Typography>
        <Alert severity="warning">
          {REASONS[check.state]}
          {check.state === 'open-failed' ? ` (${check.message})` : ''} Penyebab yang umum: disk
          penuh membuat peramban menghapus basis datanya.
        </Alert>
        {'expected' in check ? (
          <Typography>
            Terakhir tercatat: {countsLine(check.expected.counts) || 'tidak ada baris'}.
          </Typography>
        ) : null}
        {error ? <Alert severity="error">{error}</Alert> : null}
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          {check.snapshot ? (
            <Button variant="contained" disabled={busy} onClick={() => void restore('snapshot')}>
              Pulihkan
            </Button>
          ) : null}
          <Button
            variant={check.snapshot ? 'outlined' : 'contained'}
            disabled={busy}
            onClick={() => void restore('file')}
          >
            Pulihkan dari berkas cadangan…
          </Button>
          {check.state !== 'open-failed' ? (
            <Button
              color="inherit"
              disabled={busy}
              onClick={() => void refreshWebMarker(ctx).then(() => setState({ phase: 'ok' }))}
            >
              Lanjutkan tanpa memulihkan
            </Button>
          ) : null}
        </Stack>
        {check.snapshot ? (
          <Typography variant="body2" color="text.secondary">
            Cuplikan terbaru: {formatShortDate(check.snapshot.info.createdAt.slice(0, 10))}{' '}
            {check.snapshot.info.createdAt.slice(11, 16)}, berisi{' '}
            {countsLine(check.snapshot.preview.counts)}.
          </Typography>
        ) : null}
      </Paper>
    </Box>
  );
}
