import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import { FileUploadButton } from '../../ui/FileUploadButton';
import type { AttachmentMessage } from './use-enterprise-attachments';

export interface AttachmentUploadPanelProps {
  readonly captionLabel: string;
  readonly uploadLabel: string;
  readonly accept: string;
  readonly caption: string;
  readonly onCaptionChange: (caption: string) => void;
  readonly onFiles: (files: File[]) => void;
  /** Results of the last upload, one line per file. */
  readonly messages: readonly AttachmentMessage[];
  /** More fields for the next upload, placed before the button. */
  readonly children?: ReactNode;
}

/** Caption field and upload button for an IKM's photos or documents, with the upload's result. */
export function AttachmentUploadPanel({
  captionLabel,
  uploadLabel,
  accept,
  caption,
  onCaptionChange,
  onFiles,
  messages,
  children,
}: AttachmentUploadPanelProps) {
  return (
    <>
      <Paper
        variant="outlined"
        sx={{ p: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}
      >
        <TextField
          label={captionLabel}
          value={caption}
          onChange={(e) => onCaptionChange(e.target.value)}
          sx={{ flex: 1, minWidth: 240 }}
        />
        {children}
        <FileUploadButton
          label={uploadLabel}
          accept={accept}
          variant="contained"
          multiple
          onFiles={onFiles}
        />
      </Paper>
      {messages.map((message, i) => (
        <Alert
          key={i}
          severity={message.severity}
          role={message.severity === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </Alert>
      ))}
    </>
  );
}
