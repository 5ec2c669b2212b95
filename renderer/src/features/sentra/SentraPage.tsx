import Alert from '@mui/material/Alert';
import { PageHeader } from '../../ui/PageHeader';

export default function SentraPage() {
  return (
    <>
      <PageHeader title="Sentra IKM" />
      <Alert severity="info">Halaman ini sedang disiapkan.</Alert>
    </>
  );
}
