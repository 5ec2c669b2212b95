import { useRef } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';
import UploadFileIcon from '@mui/icons-material/UploadFile';

export interface FileUploadButtonProps {
  label: string;
  accept?: string;
  /** One chosen file (or, with `multiple`, each chosen file in turn unless `onFiles` is given). */
  onFile?: (file: File) => void;
  /** With `multiple`: every file chosen at once. */
  onFiles?: (files: File[]) => void;
  multiple?: boolean;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
}

/** A button that opens the file chooser (the hidden input keeps the label for tests and screen readers). */
export function FileUploadButton({
  label,
  accept,
  onFile,
  onFiles,
  multiple = false,
  disabled,
  variant = 'outlined',
}: FileUploadButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        variant={variant}
        startIcon={<UploadFileIcon />}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        multiple={multiple}
        aria-label={label}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length === 0) return;
          if (onFiles) onFiles(files);
          else for (const file of multiple ? files : files.slice(0, 1)) onFile?.(file);
        }}
      />
    </>
  );
}
