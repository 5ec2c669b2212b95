import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import { formatLongDate } from '@shared/text';
import { FileUploadButton } from '../../ui/FileUploadButton';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { appRepositories, useLive } from '../../db';
import type { DetailTabProps } from './enterprise-link';
import { formatFileSize } from './upload/check-upload';
import { objectUrlFor, storeUpload } from './upload/store-upload';

async function download(doc: AttachmentMeta): Promise<void> {
  const url = await objectUrlFor(doc.hash, doc.mediaType);
  if (!url) return;
  const a = document.createElement('a');
  a.href = url;
  a.download = doc.originalName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default function DocumentsTab({ enterprise }: DetailTabProps) {
  const owner = { type: 'enterprise' as const, id: enterprise.id };
  const [caption, setCaption] = useState('');
  const [message, setMessage] = useState<{ severity: 'error' | 'success'; text: string } | undefined>();
  const [deleted, setDeleted] = useState<AttachmentMeta | undefined>();
  const state = useLive(async () => (await appRepositories().attachments.listByOwner(owner)).filter((a) => a.kind === 'document'), [enterprise.id]);
  const loaded = state.status === 'ready' ? state.value : undefined;
  const docs = loaded ?? [];

  const upload = async (file: File) => {
    setMessage(undefined);
    const stored = await storeUpload(file, 'document', owner, caption);
    if (!stored.ok) {
      setMessage({ severity: 'error', text: stored.message });
      return;
    }
    setMessage({ severity: 'success', text: `Dokumen "${stored.meta.originalName}" tersimpan` });
    setCaption('');
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Paper variant="outlined" sx={{ p: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField label="Keterangan dokumen" value={caption} onChange={(e) => setCaption(e.target.value)} sx={{ flex: 1, minWidth: 240 }} />
        <FileUploadButton label="Unggah dokumen" accept="application/pdf,image/*,.xlsx" variant="contained" onFile={(f) => void upload(f)} />
      </Paper>
      {message ? (
        <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      ) : null}
      {state.status === 'ready' && docs.length === 0 ? <Alert severity="info">Belum ada dokumen.</Alert> : null}
      {docs.length > 0 ? (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="Daftar dokumen">
            <TableHead>
              <TableRow>
                <TableCell>Nama berkas</TableCell>
                <TableCell>Keterangan</TableCell>
                <TableCell>Ukuran</TableCell>
                <TableCell>Diunggah</TableCell>
                <TableCell align="right">Aksi</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {docs.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>{d.originalName}</TableCell>
                  <TableCell>{d.caption ?? '—'}</TableCell>
                  <TableCell>{formatFileSize(d.size)}</TableCell>
                  <TableCell>{formatLongDate(d.createdAt.slice(0, 10))}</TableCell>
                  <TableCell align="right">
                    <IconButton aria-label={`Unduh ${d.originalName}`} onClick={() => void download(d)}>
                      <DownloadIcon />
                    </IconButton>
                    <IconButton
                      aria-label={`Hapus ${d.originalName}`}
                      onClick={() =>
                        void appRepositories()
                          .attachments.softDelete(d.id)
                          .then(() => {
                            setDeleted(d);
                          })
                      }
                    >
                      <DeleteOutlinedIcon />
                    </IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      <UndoSnackbar
        message={deleted ? `Dokumen "${deleted.originalName}" dihapus` : undefined}
        onUndo={() => {
          if (deleted) void appRepositories().attachments.restore(deleted.id);
          setDeleted(undefined);
        }}
        onClose={() => setDeleted(undefined)}
      />
    </Box>
  );
}
