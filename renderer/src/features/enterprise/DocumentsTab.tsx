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
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import { formatLongDate } from '@shared/text';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { AttachmentUploadPanel } from './AttachmentUploadPanel';
import type { DetailTabProps } from './enterprise-link';
import { formatFileSize } from './upload/check-upload';
import { objectUrlFor } from './upload/store-upload';
import { useEnterpriseAttachments } from './use-enterprise-attachments';

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
  const { caption, setCaption, messages, items: docs, ready, upload, deletion } = useEnterpriseAttachments(enterprise, 'document', (meta) => `Dokumen "${meta.originalName}" tersimpan`);

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <AttachmentUploadPanel
        captionLabel="Keterangan dokumen"
        uploadLabel="Unggah dokumen"
        accept="application/pdf,image/*,.xlsx"
        caption={caption}
        onCaptionChange={setCaption}
        onFiles={(files) => void upload(files)}
        messages={messages}
      />
      {ready && docs.length === 0 ? <Alert severity="info">Belum ada dokumen.</Alert> : null}
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
                      onClick={() => deletion.remove(d)}
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
        message={deletion.deleted ? `Dokumen "${deletion.deleted.originalName}" dihapus` : undefined}
        onUndo={deletion.undo}
        onClose={deletion.dismiss}
      />
    </Box>
  );
}
