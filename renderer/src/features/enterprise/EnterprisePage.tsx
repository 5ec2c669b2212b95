import Alert from '@mui/material/Alert';
import { PageHeader } from '../../ui/PageHeader';

export default function EnterprisePage() {
  return (
    <>
      <PageHeader title="IKM" />
      <Alert severity="info">Halaman ini sedang disiapkan.</Alert>
    </>
  );
}
