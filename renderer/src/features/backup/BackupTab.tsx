import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatShortDate } from '@shared/domain/common/date';
import {
  isDesktop,
  listSnapshots,
  openBytes,
  readSnapshot,
  saveBytes,
  type SnapshotInfo,
} from '../../platform/api';
import { useRepositories } from '../../db';
import { useBusyRun } from '../../ui/use-busy-run';
import {
  backupBytes,
  backupFileName,
  previewBackup,
  restoreBackup,
  TABLE_LABELS,
  type BackupPreview,
} from './backup-file';
import { refreshWebMarker, takeSnapshot } from './snapshots';

function countsText(counts: Readonly<Record<string, number>>): string {
  return Object.entries(TABLE_LABELS)
    .map(([table, label]) => `${label}: ${counts[table] ?? 0}`)
    .join(', ');
}

export default function BackupTab() {
  const ctx = useRepositories().ctx;
  const { busy, message, setMessage, run } = useBusyRun<'error' | 'success' | 'info'>();
  const [pending, setPending] = useState<{ preview: BackupPreview; source: string }>();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[]>([]);

  const reloadSnapshots = () =>
    void listSnapshots().then((r) => {
      if (r.available) setSnapshots(r.value);
    });
  useEffect(reloadSnapshots, []);

  const backupToFile = () =>
    run(async () => {
      const { bytes, snapshot } = await backupBytes(ctx);
      const name = backupFileName(ctx.now());
      await saveBytes(name, bytes, [{ name: 'Cadangan OVOP Desk', extensions: ['json'] }]);
      await refreshWebMarker(ctx);
      setMessage({
        severity: 'success',
        text: `Cadangan ${name} dibuat (${countsText(snapshot.counts)}).`,
      });
    });

  const chooseRestoreFile = () =>
    run(async () => {
      const file = await openBytes('Pilih berkas cadangan', [
        { name: 'Cadangan OVOP Desk', extensions: ['json'] },
      ]);
      if (!file.opened) return;
      const parsed = await previewBackup(file.bytes);
      if (!parsed.ok) setMessage({ severity: 'error', text: parsed.message });
      else setPending({ preview: parsed.preview, source: file.name });
    });

  const chooseSnapshot = (name: string) =>
    run(async () => {
      const bytes = await readSnapshot(name);
      if (!bytes.available) throw new Error(bytes.message);
      const parsed = await previewBackup(bytes.value);
      if (!parsed.ok) setMessage({ severity: 'error', text: parsed.message });
      else setPending({ preview: parsed.preview, source: name });
    });

  const confirmRestore = () =>
    run(async () => {
      if (!pending) return;
      // The dialog closes whatever happens: a refusal is shown in the page's banner, never behind it.
      setPending(undefined);
      try {
        await restoreBackup(ctx, pending.preview, pending.source);
      } catch (error) {
        throw new Error(
          `Pemulihan dibatalkan; register tidak diubah. ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      await refreshWebMarker(ctx);
      setMessage({
        severity: 'success',
        text: `Register dipulihkan dari ${pending.source} (${countsText(pending.preview.counts)}).`,
      });
    });

  return (
    <Stack spacing={2}>
      {message ? (
        <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
        <Typography variant="h2">Cadangan ke berkas</Typography>
        <Typography variant="body2" color="text.secondary">
          Seluruh register (sentra, IKM, usulan, surat, lampiran) dalam satu berkas. Simpan di luar
          komputer ini, mis. di flashdisk.
        </Typography>
        <Stack direction="row" spacing={1}>
          <Button variant="contained" disabled={busy} onClick={() => void backupToFile()}>
            Buat berkas cadangan
          </Button>
          <Button disabled={busy} onClick={() => void chooseRestoreFile()}>
            Pulihkan dari berkas…
          </Button>
          {isDesktop() ? (
            <Button
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const r = await takeSnapshot(ctx, 'manual');
                  setMessage(
                    r.written
                      ? { severity: 'success', text: `Cuplikan ${r.name} disimpan.` }
                      : { severity: 'error', text: r.message },
                  );
                  reloadSnapshots();
                })
              }
            >
              Buat cuplikan sekarang
            </Button>
          ) : null}
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h2">Cuplikan otomatis</Typography>
        {isDesktop() ? (
          <List dense aria-label="Daftar cuplikan">
            {snapshots.map((s) => (
              <ListItem
                key={s.name}
                secondaryAction={
                  <Button
                    size="small"
                    disabled={!s.usable || busy}
                    onClick={() => void chooseSnapshot(s.name)}
                  >
                    Pulihkan
                  </Button>
                }
              >
                <ListItemText
                  primary={`${formatShortDate(s.createdAt.slice(0, 10))} ${s.createdAt.slice(11, 16)} — ${s.reason}`}
                  secondary={s.usable ? s.name : `Tidak dapat dipakai: ${s.problem ?? 'rusak'}`}
                />
              </ListItem>
            ))}
            {snapshots.length === 0 ? <ListItem>Belum ada cuplikan.</ListItem> : null}
          </List>
        ) : (
          <Alert severity="info">
            Mode web tidak memiliki folder cadangan. Sebelum setiap impor aplikasi mengunduh berkas
            cadangan; buat juga cadangan berkala dengan tombol di atas.
          </Alert>
        )}
      </Paper>
      <Dialog
        open={pending !== undefined}
        onClose={() => setPending(undefined)}
        aria-labelledby="restore-title"
      >
        <DialogTitle id="restore-title">Pulihkan register?</DialogTitle>
        <DialogContent>
          {pending ? (
            <Typography>
              Cadangan {pending.source} dibuat{' '}
              {formatShortDate(pending.preview.exportedAt.slice(0, 10))} dan berisi:{' '}
              {countsText(pending.preview.counts)}. Seluruh register saat ini akan diganti dengan
              isi cadangan ini. Cadangan diperiksa dahulu; bila ada yang rusak, tidak ada yang
              diganti.
            </Typography>
          ) : null}
          {pending ? (
            <Alert severity={pending.preview.verified ? 'success' : 'warning'} sx={{ mt: 1 }}>
              {pending.preview.verified
                ? 'Isi cadangan cocok dengan sidiknya (SHA-256): berkas utuh sejak dibuat.'
                : 'Cadangan format lama tanpa sidik: jumlah barisnya cocok, tetapi keutuhan isinya tidak dapat dibuktikan.'}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPending(undefined)}>Batal</Button>
          <Button
            variant="contained"
            color="warning"
            disabled={busy}
            onClick={() => void confirmRestore()}
          >
            Ganti register dengan cadangan
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
