import Alert from '@mui/material/Alert';
import { PageHeader } from '../../ui/PageHeader';

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Beranda" />
      <Alert severity="info">Halaman ini sedang disiapkan.</Alert>
    </>
  );
}
