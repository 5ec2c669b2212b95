import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { BUNDLE_TABLE_LABELS } from '@shared/bundle/bundle-data';
import { rowLabel } from '@shared/bundle/merge-preview';
import type { DuplicateGroup } from '@shared/domain/identity/duplicates';
import { findRegisterDuplicates, mergeRegisterDuplicates, useRepositories } from '../../db';
import { isDesktop } from '../../platform/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadBackup, snapshotBeforeMerge } from './pre-merge-backup';

const name = (group: DuplicateGroup, row: DuplicateGroup['keep']): string =>
  rowLabel(group.kind, row).slice(BUNDLE_TABLE_LABELS[group.kind].length + 1);

function describe(group: DuplicateGroup): string {
  return `${BUNDLE_TABLE_LABELS[group.kind]} (${group.basis}): ${name(group, group.keep)} dipertahankan; digabungkan ke dalamnya: ${group.merge.map((r) => name(group, r)).join(', ')}`;
}

/** "Gabungkan duplikat": records earlier merges left twice (three "OVOP 2026"), found by the identity rules and merged on confirmation. */
export function DuplicateMergePanel() {
  const repos = useRepositories();
  const [groups, setGroups] = useState<DuplicateGroup[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ severity: 'success' | 'error'; text: string } | null>(
    null,
  );

  async function find(): Promise<void> {
    setResult(null);
    setBusy(true);
    try {
      setGroups(await findRegisterDuplicates(repos.ctx));
    } finally {
      setBusy(false);
    }
  }

  async function merge(): Promise<void> {
    setConfirming(false);
    setBusy(true);
    try {
      await snapshotBeforeMerge(repos.ctx);
      const { groups: merged } = await mergeRegisterDuplicates(repos.ctx);
      setResult({
        severity: 'success',
        text: `${merged} kelompok duplikat digabungkan. Catatan yang digabungkan ditandai terhapus; rujukannya dipindahkan ke catatan yang dipertahankan.`,
      });
      setGroups(await findRegisterDuplicates(repos.ctx));
    } catch (error) {
      setResult({
        severity: 'error',
        text: `Penggabungan dibatalkan, register tidak berubah: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack spacing={1.5} component="section" aria-label="Gabungkan duplikat">
      <Typography variant="subtitle1">Gabungkan duplikat</Typography>
      <Typography variant="body2" color="text.secondary">
        Periode, sentra, SK, IKM dan usulan yang tercatat lebih dari sekali (misalnya dari
        penggabungan bundel sebelumnya) dicari dengan aturan identitas yang sama dengan penggabungan
        bundel.
      </Typography>
      <div>
        <Button variant="outlined" onClick={() => void find()} disabled={busy}>
          Cari duplikat
        </Button>
      </div>
      {groups && groups.length === 0 ? (
        <Alert severity="info">Tidak ada duplikat di register ini.</Alert>
      ) : null}
      {groups && groups.length > 0 ? (
        <>
          <List
            dense
            aria-label="Duplikat yang ditemukan"
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            {groups.map((g) => (
              <ListItem key={`${g.kind}:${g.key}`}>
                <ListItemText primary={describe(g)} />
              </ListItem>
            ))}
          </List>
          {!isDesktop() ? (
            <Alert
              severity="warning"
              action={
                <Button onClick={() => void downloadBackup(repos.ctx)}>Unduh cadangan</Button>
              }
            >
              Disarankan mengunduh cadangan register sebelum menggabungkan.
            </Alert>
          ) : null}
          <div>
            <Button variant="contained" onClick={() => setConfirming(true)} disabled={busy}>
              Gabungkan {groups.length} kelompok
            </Button>
          </div>
        </>
      ) : null}
      {result ? (
        <Alert severity={result.severity} role="status">
          {result.text}
        </Alert>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Gabungkan duplikat?"
        message="Catatan yang digabungkan ditandai terhapus dan semua rujukannya dipindahkan, dalam satu langkah. Cuplikan register disimpan lebih dulu."
        confirmLabel="Gabungkan"
        onConfirm={() => void merge()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
