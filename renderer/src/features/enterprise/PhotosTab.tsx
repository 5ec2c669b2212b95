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
import Typography from '@mui/material/Typography';
import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import { formatLongDate } from '@shared/text';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { AttachmentUploadPanel } from './AttachmentUploadPanel';
import { RequirementSelect, useDocumentRequirements } from './RequirementSelect';
import type { DetailTabProps } from './enterprise-link';
import { StoredImage } from './StoredImage';
import { useEnterpriseAttachments } from './use-enterprise-attachments';

export default function PhotosTab({ enterprise, link }: DetailTabProps) {
  // Photo items of a round's checklist (beyond the photo count) are fulfilled by tagged photos.
  const requirements = useDocumentRequirements('photo');
  const [chosen, setChosen] = useState<{ id: string | undefined } | undefined>(undefined);
  const requirement = chosen ? chosen.id : requirements.find((r) => r.id === link.field)?.id;
  const {
    caption,
    setCaption,
    messages,
    items: photos,
    ready,
    upload,
    deletion,
  } = useEnterpriseAttachments(
    enterprise,
    'photo',
    (meta) => `Foto "${meta.originalName}" tersimpan`,
  );
  const [open, setOpen] = useState<AttachmentMeta | undefined>();

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <AttachmentUploadPanel
        captionLabel="Keterangan foto"
        uploadLabel="Unggah foto"
        accept="image/jpeg,image/png,image/webp"
        caption={caption}
        onCaptionChange={setCaption}
        onFiles={(files) => void upload(files, requirement)}
        messages={messages}
      >
        {requirements.length > 0 ? (
          <RequirementSelect
            label="Memenuhi persyaratan"
            requirements={requirements}
            value={requirement}
            onChange={(id) => setChosen({ id })}
          />
        ) : null}
      </AttachmentUploadPanel>
      {ready && photos.length === 0 ? <Alert severity="info">Belum ada foto.</Alert> : null}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
          gap: 2,
        }}
      >
        {photos.map((p) => (
          <Card key={p.id} variant="outlined" component="figure" sx={{ m: 0 }}>
            <ButtonBase
              onClick={() => setOpen(p)}
              aria-label={`Lihat foto ${p.caption ?? p.originalName}`}
              sx={{ display: 'block', width: '100%' }}
            >
              <Box sx={{ height: 150, overflow: 'hidden' }}>
                <StoredImage
                  hash={p.hash}
                  mediaType={p.mediaType}
                  alt={p.caption ?? p.originalName}
                  thumbnail
                  maxHeight={150}
                />
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
              <Button size="small" color="error" onClick={() => deletion.remove(p)}>
                Hapus
              </Button>
            </CardActions>
          </Card>
        ))}
      </Box>
      <Dialog
        open={open !== undefined}
        onClose={() => setOpen(undefined)}
        maxWidth="lg"
        aria-labelledby="lightbox-title"
      >
        {open ? (
          <>
            <DialogTitle id="lightbox-title">{open.caption ?? open.originalName}</DialogTitle>
            <DialogContent>
              <StoredImage
                hash={open.hash}
                mediaType={open.mediaType}
                alt={open.caption ?? open.originalName}
                maxHeight="75vh"
              />
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
        message={deletion.deleted ? 'Foto dihapus' : undefined}
        onUndo={deletion.undo}
        onClose={deletion.dismiss}
      />
    </Box>
  );
}
