import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import {
  requestPersistentStorage,
  storageStatus,
  type StorageStatus,
} from '../../platform/storage-status';

const MB = 1024 * 1024;

/** Pengaturan → Penyimpanan: is the register kept when the disk runs low? */
export default function StorageTab() {
  const [status, setStatus] = useState<StorageStatus>();
  const refresh = useCallback(() => void storageStatus().then(setStatus), []);
  useEffect(refresh, [refresh]);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="Penyimpanan register"
      sx={{ p: 2, display: 'grid', gap: 2 }}
    >
      <Typography variant="h2">Penyimpanan register</Typography>
      {status &&
        (status.persistent ? (
          <Alert severity="success" role="status">
            Penyimpanan tetap: aktif. Data register tidak dihapus oleh sistem walaupun ruang disk
            hampir habis.
          </Alert>
        ) : (
          <Alert
            severity="warning"
            role="status"
            action={
              <Button color="inherit" onClick={() => void requestPersistentStorage().then(refresh)}>
                Minta penyimpanan tetap
              </Button>
            }
          >
            Penyimpanan tetap: tidak aktif. Jika ruang disk hampir habis, sistem dapat menghapus
            data register. Buat cadangan secara berkala.
          </Alert>
        ))}
      {status?.usedBytes !== undefined && (
        <Typography variant="body2" color="text.secondary">
          Terpakai {(status.usedBytes / MB).toFixed(1)} MB
          {status.quotaBytes ? ` dari kuota ${(status.quotaBytes / MB).toFixed(0)} MB` : ''}.
        </Typography>
      )}
    </Paper>
  );
}
