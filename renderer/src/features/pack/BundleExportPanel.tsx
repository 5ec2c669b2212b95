import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { Round } from '@shared/domain/round/round.schema';
import { bundleFileName } from '@shared/bundle/bundle-file-name';
import { formatBytes } from '@shared/bundle/zip-problem';
import { useRepositories } from '../../db';
import { exportBundle } from './bundle-export';
import { deliverBlob } from './download';
import { loadRounds } from './pack-sources';
import { errorText } from '../../ui/error-text';

/** Kab/kota side: export the register (or some rounds) as one .ovop bundle for the province. */
export function BundleExportPanel() {
  const repos = useRepositories();
  const [rounds, setRounds] = useState<Round[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{
    severity: 'success' | 'warning' | 'error';
    text: string;
  } | null>(null);
  useEffect(() => void loadRounds(repos).then(setRounds), [repos]);

  async function run(): Promise<void> {
    setMessage(null);
    setProgress(0);
    try {
      const office = (await repos.office.get()).profile;
      const now = new Date();
      const result = await exportBundle(
        repos.ctx,
        {
          roundIds: selected,
          appVersion: __APP_VERSION__,
          office: {
            id: office.id,
            name: office.officeName || 'Dinas Perindustrian',
            regionCode: office.regionCode || undefined,
            regionName: office.regionName || undefined,
          },
          exportedAt: now.toISOString(),
        },
        { onProgress: (p) => setProgress((100 * p.done) / Math.max(1, p.total)) },
      );
      const name = bundleFileName(office.regionName, now.toISOString());
      await deliverBlob(result.blob, name, 'Bundel OVOP', 'ovop');
      const c = result.counts;
      const counted = `${c.rounds ?? 0} periode, ${c.sentras ?? 0} sentra, ${c.decrees ?? 0} SK sentra, ${c.enterprises ?? 0} IKM, ${c.nominations ?? 0} usulan, ${c.letters ?? 0} surat, ${c.attachments ?? 0} lampiran`;
      setMessage(
        result.missingBlobs.length > 0
          ? {
              severity: 'warning',
              text: `${name} (${formatBytes(result.blob.size)}): ${counted}. ${result.missingBlobs.length} berkas lampiran tidak ditemukan di penyimpanan dan tidak ikut.`,
            }
          : {
              severity: 'success',
              text: `${name} (${formatBytes(result.blob.size)}): ${counted}.`,
            },
      );
    } catch (error) {
      setMessage({ severity: 'error', text: errorText(error) });
    } finally {
      setProgress(null);
    }
  }

  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle1">Ekspor bundel (.ovop)</Typography>
      <Typography variant="body2" color="text.secondary">
        Register, periode, usulan, surat, dan lampiran dalam satu berkas dengan manifest dan sidik
        SHA-256, untuk dikirim ke Dinas provinsi. Tanpa pilihan: seluruh register.
      </Typography>
      <FormGroup row>
        {rounds.map((r) => (
          <FormControlLabel
            key={r.id}
            control={
              <Checkbox
                checked={selected.includes(r.id)}
                onChange={(e) =>
                  setSelected((s) =>
                    e.target.checked ? [...s, r.id] : s.filter((x) => x !== r.id),
                  )
                }
              />
            }
            label={`${r.name} (tahun ${r.year})`}
          />
        ))}
      </FormGroup>
      <div>
        <Button variant="contained" onClick={() => void run()} disabled={progress !== null}>
          Ekspor bundel
        </Button>
      </div>
      {progress !== null ? (
        <LinearProgress variant="determinate" value={progress} aria-label="Kemajuan ekspor" />
      ) : null}
      {message ? (
        <Alert severity={message.severity} role="status">
          {message.text}
        </Alert>
      ) : null}
    </Stack>
  );
}
