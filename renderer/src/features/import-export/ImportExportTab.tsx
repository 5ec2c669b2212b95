import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportKind } from '@shared/import/fields';
import type { HeaderInfo, ImportTable } from '@shared/import/pipeline';
import { openBytes, saveBytes } from '../../platform/api';
import { readSpreadsheet } from '../../platform/spreadsheet';
import { useRepositories } from '../../db';
import { useBusyRun } from '../../ui/use-busy-run';
import { EXPORT_KIND_LABELS, exportRegister, type ExportKind } from './export-register';
import { inspect } from './import-session';
import { ImportWizard } from './ImportWizard';
import { templateBytes } from './templates';

interface Loaded {
  readonly fileName: string;
  readonly table: ImportTable;
  readonly header: HeaderInfo;
}

export default function ImportExportTab() {
  const repos = useRepositories();
  const [kind, setKind] = useState<ImportKind>('ikm');
  const [loaded, setLoaded] = useState<Loaded>();
  const { busy, message, setMessage, run } = useBusyRun();

  const chooseFile = () =>
    run(async () => {
      const file = await openBytes('Pilih berkas XLSX atau CSV', [
        { name: 'Lembar kerja', extensions: ['xlsx', 'csv'] },
      ]);
      if (!file.opened) return;
      const read = await readSpreadsheet(file.name, file.bytes);
      if (!read.ok) {
        setMessage({ severity: 'error', text: `Berkas ${file.name} ditolak: ${read.message}` });
        return;
      }
      const header = await inspect(repos, kind, read.table);
      if (!header) {
        setMessage({
          severity: 'error',
          text: 'Baris judul kolom tidak ditemukan di 20 baris pertama (mis. "Nama IKM", "NIB", "Kab/Kota").',
        });
        return;
      }
      setLoaded({ fileName: file.name, table: read.table, header });
    });

  if (loaded) return <ImportWizard kind={kind} {...loaded} onClose={() => setLoaded(undefined)} />;

  return (
    <Stack spacing={2}>
      {message ? (
        <Alert severity={message.severity} role="alert">
          {message.text}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
        <Typography variant="h2">Impor dari Excel atau CSV</Typography>
        <Typography variant="body2" color="text.secondary">
          Data diperiksa baris demi baris sebelum disimpan. Kolom dikenali dari judulnya (mis. "Nama
          Usaha", "No. NIB", "Kab/Kota").
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            label="Jenis data"
            value={kind}
            onChange={(e) => setKind(e.target.value as ImportKind)}
            sx={{ minWidth: 180 }}
          >
            {IMPORT_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {IMPORT_KIND_LABELS[k]}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="contained" disabled={busy} onClick={() => void chooseFile()}>
            Pilih berkas…
          </Button>
          <Button
            disabled={busy}
            onClick={() =>
              void run(async () =>
                saveBytes(`templat-${kind}.xlsx`, await templateBytes(kind), [
                  { name: 'Excel', extensions: ['xlsx'] },
                ]).then(() => undefined),
              )
            }
          >
            Unduh templat {IMPORT_KIND_LABELS[kind]} (XLSX)
          </Button>
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
        <Typography variant="h2">Ekspor</Typography>
        <Typography variant="body2" color="text.secondary">
          Seluruh data yang belum dihapus. Isi sel tidak pernah dibaca sebagai rumus.
        </Typography>
        {(Object.keys(EXPORT_KIND_LABELS) as ExportKind[]).map((k) => (
          <Stack key={k} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography sx={{ minWidth: 200 }}>{EXPORT_KIND_LABELS[k]}</Typography>
            <Button
              size="small"
              disabled={busy}
              onClick={() => void run(() => exportRegister(repos, k, undefined, 'xlsx'))}
            >
              XLSX
            </Button>
            <Button
              size="small"
              disabled={busy}
              onClick={() => void run(() => exportRegister(repos, k, undefined, 'csv'))}
            >
              CSV
            </Button>
          </Stack>
        ))}
      </Paper>
    </Stack>
  );
}
