import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PdfPages } from '../../ui/pdf/PdfPages';

/** The real PDF drawn by pdf.js (canvas + text layer), the same in web mode, Electron and tests. */
export function LetterPreviewPane({
  url,
  error,
  rendering,
  draft,
}: {
  url?: string;
  error?: string;
  rendering: boolean;
  draft: boolean;
}) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="Pratinjau PDF"
      sx={{ p: 1, position: { lg: 'sticky' }, top: 8 }}
    >
      <Typography variant="subtitle2" sx={{ px: 1, pb: 1 }}>
        Pratinjau PDF {draft ? '(konsep, bertanda air KONSEP)' : '(berkas final tersimpan)'}
      </Typography>
      {rendering && <LinearProgress aria-label="Membuat pratinjau" />}
      {error && <Alert severity="error">{error}</Alert>}
      {url ? (
        <PdfPages source={url} label="Pratinjau surat" />
      ) : (
        !error && <Typography sx={{ p: 2 }}>Menyiapkan pratinjau…</Typography>
      )}
    </Paper>
  );
}
