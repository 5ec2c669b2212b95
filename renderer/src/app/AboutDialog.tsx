import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { appInfo, type AppInfo } from '../platform/api';
import { licenceNotices } from './licences';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | undefined>();
  useEffect(() => {
    if (open) void appInfo().then(setInfo);
  }, [open]);
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="about-title">
      <DialogTitle id="about-title">Tentang OVOP Desk</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body1" gutterBottom>
          {info ? `${info.name} versi ${info.version}` : 'Memuat…'}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {info?.runtime}
        </Typography>
        <Typography variant="body2" sx={{ mt: 2 }}>
          Register sentra IKM dan IKM, pemeriksaan kesiapan, surat usulan, dan paket kirim One
          Village One Product (OVOP) untuk Dinas Perindustrian. Bekerja sepenuhnya luring.
        </Typography>
        <Typography variant="h3" component="h2" sx={{ mt: 3, mb: 1 }}>
          Lisensi data dan huruf
        </Typography>
        {licenceNotices.map((notice) => (
          <Typography key={notice.title} variant="body2" component="div" sx={{ mb: 1.5 }}>
            <strong>{notice.title}</strong> — {notice.text}
          </Typography>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          Tutup
        </Button>
      </DialogActions>
    </Dialog>
  );
}
