import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { formatShortDate } from '@shared/domain/common/date';
import {
  clearRestoreAttempt,
  unfinishedRestore,
  type RepositoryContext,
  type RestoreAttemptRecord,
} from '../../db';

function startedText(iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
  return `${formatShortDate(iso.slice(0, 10))} pukul ${time}`;
}

/**
 * Shown once at start-up when a restore began and never committed (the window died mid-way): the
 * register is still the one from before, and the user is told how to try again.
 */
export function InterruptedRestoreNotice({ ctx }: { readonly ctx: RepositoryContext }) {
  const [attempt, setAttempt] = useState<RestoreAttemptRecord>();

  useEffect(() => {
    let live = true;
    void unfinishedRestore(ctx.db)
      .then((found) => {
        if (live) setAttempt(found);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ctx]);

  const dismiss = () => {
    setAttempt(undefined);
    void clearRestoreAttempt(ctx.db).catch(() => undefined);
  };

  return (
    <Dialog
      open={attempt !== undefined}
      onClose={dismiss}
      aria-labelledby="interrupted-restore-title"
    >
      <DialogTitle id="interrupted-restore-title">Pemulihan register tidak selesai</DialogTitle>
      <DialogContent>
        {attempt ? (
          <DialogContentText>
            Pemulihan dari {attempt.source} yang dimulai {startedText(attempt.startedAt)} terhenti
            sebelum selesai (jendela tertutup atau aplikasi berhenti). Tidak ada yang diganti:
            register masih sama seperti sebelum pemulihan. Bila tetap ingin memulihkan, buka
            Pengaturan → Cadangan & Pemulihan, pilih berkas itu lagi, dan biarkan jendela terbuka
            sampai muncul pesan bahwa register dipulihkan.
          </DialogContentText>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={dismiss} autoFocus>
          Mengerti
        </Button>
      </DialogActions>
    </Dialog>
  );
}
