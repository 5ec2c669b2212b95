import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import { formatLongDate } from '@shared/text';
import { FileUploadButton } from '../../ui/FileUploadButton';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { appRepositories, useLive } from '../../db';
import type { DetailTabProps } from './enterprise-link';
import { StoredImage } from './StoredImage';
import { storeUpload } from './upload/store-upload';

export default function PhotosTab({ enterprise }: DetailTabProps) {
  const owner = { type: 'enterprise' as const, id: enterprise.id };
  const [caption, setCaption] = useState('');
  const [message, setMessage] = useState<{ severity: 'error' | 'success'; text: string } | undefined>();
  const [open, setOpen] = useState<AttachmentMeta | undefined>();
  const [deleted, setDeleted] = useState<AttachmentMeta | undefined>();
  const state = useLive(async () => (await appRepositories().attachments.listByOwner(owner)).filter((a) => a.kind === 'photo'), [enterprise.id]);
  const loaded = state.status === 'ready' ? state.value : undefined;
  const photos = loaded ?? [];

  const upload = async (file: File) => {
    setMessage(undefined);
    const stored = await storeUpload(file, 'photo', owner, caption);
    if (!stored.ok) {
      setMessage({ severity: 'error', text: stored.message });
      return;
    }
    setMessage({ severity: 'success', text: `Foto "${stored.meta.originalName}" tersimpan` });
    setCaption('');
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Paper variant="outlined" sx={{ p: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField label="Keterangan foto" value={caption} onChange={(e) => setCaption(e.target.value)} sx={{ flex: 1, minWidth: 240 }} />
        <FileUploadButton label="Unggah foto" accept="image/jpeg,image/png,image/webp" variant="contained" onFile={(f) => void upload(f)} />
      </Paper>
      {message ? (
        <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      ) : null}
      {state.status === 'ready' && photos.length === 0 ? <Alert severity="info">Belum ada foto.</Alert> : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}>
        {photos.map((p) => (
          <Card key={p.id} variant="outlined" component="figure" sx={{ m: 0 }}>
            <ButtonBase onClick={() => setOpen(p)} aria-label={`Lihat foto ${p.caption ?? p.originalName}`} sx={{ display: 'block', width: '100%' }}>
              <Box sx={{ height: 150, overflow: 'hidden' }}>
                <StoredImage hash={p.hash} mediaType={p.mediaType} alt={p.caption ?? p.originalName} thumbnail maxHeight={150} />
              </Box>
            </ButtonBase>
            <Box component="figcaption" sx={{ px: 1.5, pt: 1 }}>
              <Typography variant="body2" noWrap title={p.caption ?? p.originalName}>
                {p.caption ?? p.originalName}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {formatLongDate(p.createdAt.slice(0, 10))}
              </Typography>
            </Box>
            <CardActions>
              <Button
                size="small"
                color="error"
                onClick={() =>
                  void appRepositories()
                    .attachments.softDelete(p.id)
                    .then(() => {
                      setDeleted(p);
                    })
                }
              >
                Hapus
              </Button>
            </CardActions>
          </Card>
        ))}
      </Box>
      <Dialog open={open !== undefined} onClose={() => setOpen(undefined)} maxWidth="lg" aria-labelledby="lightbox-title">
        {open ? (
          <>
            <DialogTitle id="lightbox-title">{open.caption ?? open.originalName}</DialogTitle>
            <DialogContent>
              <StoredImage hash={open.hash} mediaType={open.mediaType} alt={open.caption ?? open.originalName} maxHeight="75vh" />
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setOpen(undefined)} autoFocus>
                Tutup
              </Button>
            </DialogActions>
          </>
        ) : null}
      </Dialog>
      <UndoSnackbar
        message={deleted ? 'Foto dihapus' : undefined}
        onUndo={() => {
          if (deleted) void appRepositories().attachments.restore(deleted.id);
          setDeleted(undefined);
        }}
        onClose={() => setDeleted(undefined)}
      />
    </Box>
  );
}
