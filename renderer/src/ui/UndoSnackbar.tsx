import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';

export interface UndoSnackbarProps {
  /** Message to show, e.g. "Sentra dihapus"; undefined hides the snackbar. */
  message: string | undefined;
  onUndo: () => void;
  onClose: () => void;
}

/** "Dihapus — Batalkan": a soft delete stays undoable for a few seconds from here (and for ever from the recycle bin). */
export function UndoSnackbar({ message, onUndo, onClose }: UndoSnackbarProps) {
  return (
    <Snackbar
      open={message !== undefined}
      message={message}
      autoHideDuration={8000}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      action={
        <Button color="inherit" size="small" onClick={onUndo}>
          Batalkan
        </Button>
      }
    />
  );
}
