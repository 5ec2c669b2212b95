import Alert from '@mui/material/Alert';

export default function ImportExportTab() {
  return <Alert severity="info">Impor dan ekspor sedang disiapkan.</Alert>;
}
