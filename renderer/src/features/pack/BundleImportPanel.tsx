import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { senderLabel } from '@shared/bundle/bundle-file-name';
import {
  MERGE_STATUS_LABELS,
  pendingChoices,
  type MergeChoice,
  type MergePreview,
} from '@shared/bundle/merge-preview';
import { arrivalLines, nothingToChange } from '@shared/bundle/merge-summary';
import type { ZipProblem } from '@shared/bundle/zip-problem';
import { useRepositories } from '../../db';
import { isDesktop, openBytes } from '../../platform/api';
import { applyBundle, openBundle, previewBundle, type OpenedBundle } from './bundle-import';
import { MergeConflictList } from './MergeConflictList';
import { downloadBackup, snapshotBeforeMerge } from './pre-merge-backup';
import { errorText } from '../../ui/error-text';

type Ready = Extract<OpenedBundle, { ok: true }>;

/** Province side: open a .ovop, see what would change, choose per conflict, merge in one go. */
export function BundleImportPanel() {
  const repos = useRepositories();
  const [name, setName] = useState('');
  const [refused, setRefused] = useState<ZipProblem[] | null>(null);
  const [opened, setOpened] = useState<Ready | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Map<string, MergeChoice>>(new Map());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ severity: 'success' | 'error'; text: string } | null>(
    null,
  );

  async function pick(): Promise<void> {
    setResult(null);
    const file = await openBytes('Pilih bundel OVOP', [
      { name: 'Bundel OVOP', extensions: ['ovop', 'zip'] },
    ]);
    if (!file.opened) return;
    setBusy(true);
    setName(file.name);
    setChoices(new Map());
    try {
      const bundle = openBundle(file.bytes);
      if (!bundle.ok) {
        setRefused(bundle.problems);
        setOpened(null);
        setPreview(null);
        return;
      }
      setRefused(null);
      setOpened(bundle);
      setPreview(await previewBundle(repos.ctx, bundle));
    } finally {
      setBusy(false);
    }
  }

  const pending = preview ? pendingChoices(preview, choices).length : 0;
  const unchanged = preview ? nothingToChange(preview) : false;

  async function apply(): Promise<void> {
    if (!opened || !preview) return;
    if (nothingToChange(preview)) {
      setResult({
        severity: 'success',
        text: 'Bundel ini sudah digabung sebelumnya: tidak ada yang berubah.',
      });
      return;
    }
    setBusy(true);
    try {
      await snapshotBeforeMerge(repos.ctx);
      const { counts } = await applyBundle(repos.ctx, opened, preview, choices);
      setResult({
        severity: 'success',
        text: `Digabung: ${counts.added} baru, ${counts.replaced} diganti, ${counts.keptBoth} disimpan keduanya, ${counts.skipped} tidak berubah${counts.refused > 0 ? `, ${counts.refused} ditolak` : ''}.`,
      });
      setPreview(await previewBundle(repos.ctx, opened));
      setChoices(new Map());
    } catch (error) {
      setResult({
        severity: 'error',
        text: `Penggabungan dibatalkan, register tidak berubah: ${errorText(error)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle1">Impor bundel dari kabupaten/kota</Typography>
      <div>
        <Button variant="outlined" onClick={() => void pick()} disabled={busy}>
          Buka bundel…
        </Button>
      </div>
      {refused ? (
        <Alert severity="error" role="status">
          {name} ditolak sebelum apa pun ditulis:
          <List dense>
            {refused.map((p, i) => (
              <ListItem key={i} disableGutters>
                <ListItemText
                  primary={p.message}
                  secondary={p.entry ? `Berkas di dalam bundel: ${p.entry}` : undefined}
                />
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
      {opened && preview ? (
        <>
          <Typography variant="body2" aria-label="Ringkasan pratinjau">
            {name} dari {senderLabel(opened.check.manifest?.office)}, diekspor{' '}
            {opened.check.summary.exportedAt?.slice(0, 10)}:{' '}
            {(['new', 'identical', 'updated', 'conflict', 'refused'] as const)
              .map((s) => `${preview.counts[s]} ${MERGE_STATUS_LABELS[s].toLowerCase()}`)
              .join(', ')}
          </Typography>
          <List dense aria-label="Isi bundel per jenis">
            {arrivalLines(preview).map((line) => (
              <ListItem key={line.table} disableGutters>
                <ListItemText primary={line.text} />
              </ListItem>
            ))}
          </List>
          {unchanged ? (
            <Alert severity="info">
              Bundel ini sudah pernah digabung: semua isinya sama dengan register ini, tidak ada
              yang akan berubah.
            </Alert>
          ) : null}
          {preview.counts.refused > 0 ? (
            <Alert severity="warning">
              Sebagian isi bundel ditolak; sisanya tetap dapat digabung:
              <List dense aria-label="Ditolak">
                {preview.items
                  .filter((i) => i.status === 'refused')
                  .map((i) => (
                    <ListItem key={i.key} disableGutters>
                      <ListItemText primary={i.label} secondary={i.reason} />
                    </ListItem>
                  ))}
              </List>
            </Alert>
          ) : null}
          {preview.items.some((i) => i.status === 'conflict' || i.status === 'updated') ? (
            <MergeConflictList
              items={preview.items.filter((i) => i.status === 'conflict' || i.status === 'updated')}
              choices={choices}
              onChoose={(k, c) => setChoices((m) => new Map(m).set(k, c))}
            />
          ) : null}
          {!isDesktop() ? (
            <Alert
              severity="warning"
              action={
                <Button onClick={() => void downloadBackup(repos.ctx)}>Unduh cadangan</Button>
              }
            >
              Disarankan mengunduh cadangan register sebelum menggabungkan.
            </Alert>
          ) : (
            <Typography variant="caption">
              Cuplikan register disimpan otomatis sebelum penggabungan.
            </Typography>
          )}
          <div>
            <Button variant="contained" onClick={() => void apply()} disabled={busy || pending > 0}>
              {pending > 0 ? `Pilih dulu ${pending} bentrok` : 'Gabungkan ke register'}
            </Button>
          </div>
        </>
      ) : null}
      {result ? (
        <Alert severity={result.severity} role="status">
          {result.text}
        </Alert>
      ) : null}
    </Stack>
  );
}
