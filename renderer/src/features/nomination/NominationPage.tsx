import Alert from '@mui/material/Alert';
import { PageHeader } from '../../ui/PageHeader';

export default function NominationPage() {
  return (
    <>
      <PageHeader title="Usulan" />
      <Alert severity="info">Halaman ini sedang disiapkan.</Alert>
    </>
  );
}
