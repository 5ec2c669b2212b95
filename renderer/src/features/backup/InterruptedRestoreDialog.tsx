import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { formatShortDate } from '@shared/domain/common/date';
import type { RestoreAttemptRecord } from '../../db';

function startedText(iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
  return `${formatShortDate(iso.slice(0, 10))} pukul ${time}`;
}

/** The notice itself (its own chunk, loaded only when an unfinished restore is found). */
export default function InterruptedRestoreDialog({
  attempt,
  onDismiss,
}: {
  readonly attempt: RestoreAttemptRecord | undefined;
  readonly onDismiss: () => void;
}) {
  return (
    <Dialog
      open={attempt !== undefined}
      onClose={onDismiss}
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
        <Button variant="contained" onClick={onDismiss} autoFocus>
          Mengerti
        </Button>
      </DialogActions>
    </Dialog>
  );
}
