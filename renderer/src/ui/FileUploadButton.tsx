import { useRef } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';
import UploadFileIcon from '@mui/icons-material/UploadFile';

export interface FileUploadButtonProps {
  label: string;
  accept?: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
}

/** A button that opens the file chooser (the hidden input keeps the label for tests and screen readers). */
export function FileUploadButton({ label, accept, onFile, disabled, variant = 'outlined' }: FileUploadButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant={variant} startIcon={<UploadFileIcon />} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
