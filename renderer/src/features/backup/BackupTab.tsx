import Alert from '@mui/material/Alert';

export default function BackupTab() {
  return <Alert severity="info">Cadangan dan pemulihan sedang disiapkan.</Alert>;
}
