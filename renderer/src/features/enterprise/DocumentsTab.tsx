import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
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
import { useRepositories, type AppRepositories } from '../../db';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { AttachmentUploadPanel } from './AttachmentUploadPanel';
import type { DetailTabProps } from './enterprise-link';
import { RequirementSelect, useDocumentRequirements } from './RequirementSelect';
import { formatFileSize } from './upload/check-upload';
import { openStored } from './upload/store-upload';
import { useEnterpriseAttachments } from './use-enterprise-attachments';

/** Saves the document (its bytes fetched from the server first when needed); else says why not. */
async function download(repos: AppRepositories, doc: AttachmentMeta): Promise<string | undefined> {
  const opened = await openStored(repos, doc.hash, doc.mediaType);
  if (!opened.ok) return `"${doc.originalName}" tidak dapat diunduh. ${opened.message}`;
  const a = document.createElement('a');
  a.href = opened.url;
  a.download = doc.originalName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(opened.url), 10_000);
  return undefined;
}

export default function DocumentsTab({ enterprise, link }: DetailTabProps) {
  const repos = useRepositories();
  const requirements = useDocumentRequirements();
  const photoRequirement = useDocumentRequirements('photo').find((r) => r.id === link.field);
  const {
    caption,
    setCaption,
    messages,
    items: docs,
    ready,
    upload,
    deletion,
  } = useEnterpriseAttachments(enterprise, 'document', (meta) =>
    meta.checklistItemId
      ? `Dokumen "${meta.originalName}" tersimpan untuk persyaratan "${requirements.find((r) => r.id === meta.checklistItemId)?.label ?? meta.checklistItemId}"`
      : `Dokumen "${meta.originalName}" tersimpan`,
  );
  // A readiness finding links here with the requirement as `field`: it is preselected.
  const [downloadProblem, setDownloadProblem] = useState<string | undefined>();
  const [chosen, setChosen] = useState<{ id: string | undefined } | undefined>(undefined);
  const linked = requirements.some((r) => r.id === link.field) ? link.field : undefined;
  const requirement = chosen ? chosen.id : linked;

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {photoRequirement ? (
        <Alert severity="info">
          Persyaratan &quot;{photoRequirement.label}&quot; dipenuhi dengan foto:{' '}
          <Link
            component={RouterLink}
            to={{ search: `?tab=foto&field=${encodeURIComponent(photoRequirement.id)}` }}
          >
            unggah di tab Foto
          </Link>
          .
        </Alert>
      ) : null}
      <AttachmentUploadPanel
        captionLabel="Keterangan dokumen"
        uploadLabel="Unggah dokumen"
        accept="application/pdf,image/*,.xlsx"
        caption={caption}
        onCaptionChange={setCaption}
        onFiles={(files) => void upload(files, requirement)}
        messages={messages}
      >
        <RequirementSelect
          label="Memenuhi persyaratan"
          requirements={requirements}
          value={requirement}
          onChange={(id) => setChosen({ id })}
        />
      </AttachmentUploadPanel>
      {downloadProblem ? (
        <Alert severity="warning" onClose={() => setDownloadProblem(undefined)}>
          {downloadProblem}
        </Alert>
      ) : null}
      {ready && docs.length === 0 ? <Alert severity="info">Belum ada dokumen.</Alert> : null}
      {docs.length > 0 ? (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="Daftar dokumen">
            <TableHead>
              <TableRow>
                <TableCell>Nama berkas</TableCell>
                <TableCell>Keterangan</TableCell>
                <TableCell>Persyaratan</TableCell>
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
                  <TableCell>
                    <RequirementSelect
                      size="small"
                      ariaLabel={`Persyaratan ${d.originalName}`}
                      requirements={requirements}
                      value={d.checklistItemId}
                      onChange={(v) => void repos.attachments.setChecklistItem(d.id, v)}
                    />
                  </TableCell>
                  <TableCell>{formatFileSize(d.size)}</TableCell>
                  <TableCell>{formatLongDate(d.createdAt.slice(0, 10))}</TableCell>
                  <TableCell align="right">
                    <IconButton
                      aria-label={`Unduh ${d.originalName}`}
                      onClick={() => {
                        setDownloadProblem(undefined);
                        void download(repos, d).then(setDownloadProblem);
                      }}
                    >
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
        message={
          deletion.deleted ? `Dokumen "${deletion.deleted.originalName}" dihapus` : undefined
        }
        onUndo={deletion.undo}
        onClose={deletion.dismiss}
      />
    </Box>
  );
}
