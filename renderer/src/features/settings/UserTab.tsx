import Alert from '@mui/material/Alert';

export default function UserTab() {
  return <Alert severity="info">Pengguna sedang disiapkan.</Alert>;
}
