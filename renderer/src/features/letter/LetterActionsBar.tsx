import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Letter } from '@shared/domain/letter';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Props {
  letter: Letter;
  busy: boolean;
  canFinalise: boolean;
  /** Sent by another office: kept as it came, so only its stored PDFs can be saved or printed. */
  received?: boolean;
  onFinalise: () => void;
  onCancel: (reason: string) => void;
  onSave: () => void;
  onPrint: () => void;
  onUploadSigned: () => void;
  onSaveSigned: () => void;
}

export function LetterActionsBar({
  letter,
  busy,
  canFinalise,
  received = false,
  onFinalise,
  onCancel,
  onSave,
  onPrint,
  onUploadSigned,
  onSaveSigned,
}: Props) {
  const [cancelling, setCancelling] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const isDraft = letter.status === 'draft';
  if (received)
    return (
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
        {letter.finalPdfHash && (
          <>
            <Button variant="outlined" onClick={onSave} disabled={busy}>
              Simpan PDF
            </Button>
            <Button variant="outlined" onClick={onPrint} disabled={busy}>
              Cetak
            </Button>
          </>
        )}
        {letter.signedCopyHash && (
          <Button variant="outlined" onClick={onSaveSigned} disabled={busy}>
            Simpan salinan bertanda tangan
          </Button>
        )}
      </Stack>
    );
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
      {isDraft && (
        <Button
          variant="contained"
          onClick={() => setConfirming(true)}
          disabled={busy || !canFinalise}
        >
          Finalkan
        </Button>
      )}
      <Button variant="outlined" onClick={onSave} disabled={busy}>
        Simpan PDF
      </Button>
      <Button variant="outlined" onClick={onPrint} disabled={busy}>
        Cetak
      </Button>
      {letter.status === 'final' && (
        <Button variant="outlined" onClick={onUploadSigned} disabled={busy}>
          Unggah salinan bertanda tangan
        </Button>
      )}
      {letter.signedCopyHash && (
        <Button variant="outlined" onClick={onSaveSigned} disabled={busy}>
          Simpan salinan bertanda tangan
        </Button>
      )}
      {letter.status !== 'cancelled' && (
        <Button color="error" onClick={() => setCancelling(true)} disabled={busy}>
          Batalkan surat
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title="Finalkan surat?"
        message="Surat akan mengambil nomor berikutnya dari agenda surat keluar. Nomor itu permanen: tidak dapat diubah atau dipakai lagi, dan surat final tidak dapat disunting (hanya dibatalkan)."
        confirmLabel="Ya, finalkan"
        onConfirm={() => {
          setConfirming(false);
          onFinalise();
        }}
        onCancel={() => setConfirming(false)}
      />
      <Dialog
        open={cancelling}
        onClose={() => setCancelling(false)}
        aria-labelledby="cancel-letter-title"
      >
        <DialogTitle id="cancel-letter-title">Batalkan surat</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            size="small"
            label="Alasan pembatalan"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            helperText={
              letter.number
                ? `Nomor ${letter.number} tetap tercatat di agenda sebagai batal dan tidak dipakai lagi.`
                : 'Konsep ini belum bernomor.'
            }
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCancelling(false)}>Kembali</Button>
          <Button
            color="error"
            variant="contained"
            disabled={reason.trim() === ''}
            onClick={() => {
              setCancelling(false);
              onCancel(reason);
            }}
          >
            Batalkan surat
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
