import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatShortDate } from '@shared/domain/common/date';
import { openBytes } from '../../platform/api';
import type { RepositoryContext } from '../../db';
import { previewBackup, restoreBackup, TABLE_LABELS } from './backup-file';
import { refreshWebMarker, type RecoveryCheck } from './snapshots';
import { errorText } from '../../ui/error-text';

export type LossCheck = Exclude<RecoveryCheck, { state: 'ok' }>;

const REASONS: Record<LossCheck['state'], string> = {
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

export interface RecoveryPageProps {
  readonly ctx: RepositoryContext;
  readonly check: LossCheck;
  /** The register was restored; `from` names the snapshot or file. */
  readonly onRestored: (from: string) => void;
  /** The user goes on with the register as it is. */
  readonly onContinue: () => void;
}

/**
 * The page RecoveryGate shows instead of the app when the loss check fails: why, and the ways to
 * restore (its own chunk: the restore code never loads on an ordinary start).
 */
export default function RecoveryPage({ ctx, check, onRestored, onContinue }: RecoveryPageProps) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const restore = async (source: 'snapshot' | 'file') => {
    setBusy(true);
    setError(undefined);
    try {
      if (source === 'snapshot' && check.snapshot) {
        await restoreBackup(ctx, check.snapshot.preview, check.snapshot.info.name);
        await refreshWebMarker(ctx);
        onRestored(
          `cuplikan ${formatShortDate(check.snapshot.info.createdAt.slice(0, 10))} (${countsLine(check.snapshot.preview.counts)})`,
        );
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
      onRestored(`berkas ${file.name} (${countsLine(parsed.preview.counts)})`);
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
              onClick={() => void refreshWebMarker(ctx).then(onContinue)}
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

/** Told once after a restore from the recovery page, over the app's first page. */
export function RestoredNotice({
  restoredFrom,
  onClose,
}: {
  readonly restoredFrom: string | undefined;
  readonly onClose: () => void;
}) {
  return (
    <Snackbar
      open={restoredFrom !== undefined}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="success" variant="filled" onClose={onClose}>
        Register dipulihkan dari {restoredFrom}.
      </Alert>
    </Snackbar>
  );
}
