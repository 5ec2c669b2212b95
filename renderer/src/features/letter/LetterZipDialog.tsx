import { useEffect, useRef, useState } from 'react';
import type { AppRepositories } from '../../db';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { Letter } from '@shared/domain/letter';
import { CancelledError } from '../../platform/zip';
import { deliverBlob } from '../pack/download';
import { lettersPdfZip } from './letter-pdf-zip';
import { localIsoDate } from './letter-records';
import { errorText } from '../../ui/error-text';

interface Props {
  repos: AppRepositories;
  letters: readonly Letter[];
  onClose: (message?: string) => void;
}

/**
 * Makes the PDFs of the listed letters into one ZIP with progress; the letters are rendered one per
 * task, so Batal answers at once even in a batch of 100. `letters` and `onClose` must be stable
 * (state and useCallback): a change restarts the batch.
 */
export function LetterZipDialog({ repos, letters, onClose }: Props) {
  const [done, setDone] = useState(0);
  const [error, setError] = useState<string>();
  const controller = useRef<AbortController>(undefined);
  const total = letters.length;

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    void (async () => {
      try {
        const office = await repos.office.get();
        const blob = await lettersPdfZip(letters, office.profile, repos.letters, {
          signal: abort.signal,
          onProgress: (n) => setDone(n),
        });
        if (abort.signal.aborted) return;
        await deliverBlob(blob, `surat-${localIsoDate(repos.ctx.now())}.zip`, 'Arsip ZIP', 'zip');
        onClose(`${total} PDF surat dibuat dalam satu berkas ZIP.`);
      } catch (e) {
        if (e instanceof CancelledError || abort.signal.aborted) return;
        setError(errorText(e));
      }
    })();
    return () => abort.abort();
  }, [repos, letters, total, onClose]);

  const cancel = () => {
    controller.current?.abort();
    onClose();
  };

  return (
    <Dialog open onClose={cancel} aria-labelledby="letter-zip-title" fullWidth maxWidth="sm">
      <DialogTitle id="letter-zip-title">Unduh PDF surat</DialogTitle>
      <DialogContent>
        {error ? (
          <Alert severity="error">{error}</Alert>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {`Membuat PDF ${done} dari ${total} surat…`}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={total === 0 ? 100 : (done / total) * 100}
              aria-label="Kemajuan pembuatan PDF"
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={cancel}>{error ? 'Tutup' : 'Batal'}</Button>
      </DialogActions>
    </Dialog>
  );
}
