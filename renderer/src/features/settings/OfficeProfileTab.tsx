import Alert from '@mui/material/Alert';

export default function OfficeProfileTab() {
  return <Alert severity="info">Profil instansi sedang disiapkan.</Alert>;
}
