import Alert from '@mui/material/Alert';
import { PageHeader } from '../../ui/PageHeader';

export default function LetterPage() {
  return (
    <>
      <PageHeader title="Surat" />
      <Alert severity="info">Halaman ini sedang disiapkan.</Alert>
    </>
  );
}
