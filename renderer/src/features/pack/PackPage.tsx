import Alert from '@mui/material/Alert';
import { PageHeader } from '../../ui/PageHeader';

export default function PackPage() {
  return (
    <>
      <PageHeader title="Paket Kirim" />
      <Alert severity="info">Halaman ini sedang disiapkan.</Alert>
    </>
  );
}
