import Alert from '@mui/material/Alert';
import { PageHeader } from '../../ui/PageHeader';

export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Pengaturan" />
      <Alert severity="info">Halaman ini sedang disiapkan.</Alert>
    </>
  );
}
