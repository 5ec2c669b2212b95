import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { verifyPack, type PackVerification } from '@shared/pack/pack-manifest';
import { openBytes } from '../../platform/api';

/** "Verifikasi paket": opens a pack ZIP and checks every file's SHA-256 against its manifest.json. */
export function VerifyPackPanel() {
  const [result, setResult] = useState<{ name: string; verification: PackVerification } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  async function pick(): Promise<void> {
    setBusy(true);
    try {
      const opened = await openBytes('Pilih paket ZIP', [
        { name: 'Arsip ZIP', extensions: ['zip'] },
      ]);
      if (opened.opened)
        setResult({
          name: opened.name,
          verification: verifyPack(opened.bytes, DEFAULT_ZIP_LIMITS),
        });
    } finally {
      setBusy(false);
    }
  }
  const v = result?.verification;
  return (
    <Stack spacing={2}>
      <Typography variant="body2">
        Periksa ulang paket yang sudah dibuat (misalnya sebelum diunggah atau bila portal menolak
        berkas): setiap berkas dicocokkan dengan sidik SHA-256 di manifest.json.
      </Typography>
      <div>
        <Button variant="outlined" onClick={() => void pick()} disabled={busy}>
          Verifikasi paket…
        </Button>
      </div>
      {result && v ? (
        v.ok ? (
          <Alert severity="success" role="status">
            {result.name}: {v.checked} berkas cocok dengan manifest ({v.manifest?.round.name},{' '}
            {v.manifest?.scope}, dibuat {v.manifest?.createdAt.slice(0, 10)}).
          </Alert>
        ) : (
          <Alert severity="error" role="status">
            {result.name}: paket tidak utuh.
            <List dense>
              {v.problems.map((p, i) => (
                <ListItem key={i} disableGutters>
                  <ListItemText primary={p.message} secondary={p.entry ?? undefined} />
                </ListItem>
              ))}
            </List>
          </Alert>
        )
      ) : null}
    </Stack>
  );
}
