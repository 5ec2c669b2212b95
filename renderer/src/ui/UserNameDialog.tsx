import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Box from '@mui/material/Box';

export interface UserNameFormProps {
  initial: string;
  onSave: (name: string) => Promise<void>;
  onDone?: () => void;
}

/** The "nama pengguna" field with its own Indonesian validation message. */
export function UserNameForm({ initial, onSave, onDone }: UserNameFormProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => setValue(initial), [initial]);
  const submit = async () => {
    const name = value.trim();
    if (!name) {
      setError('Nama pengguna wajib diisi');
      return;
    }
    try {
      await onSave(name);
      setError(undefined);
      setSaved(true);
      onDone?.();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Gagal menyimpan');
    }
  };
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', maxWidth: 560 }}
    >
      <TextField
        label="Nama pengguna"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(false);
        }}
        error={error !== undefined}
        helperText={error ?? (saved ? 'Tersimpan' : 'Dicatat pada riwayat perubahan di PC ini')}
        autoFocus
      />
      <Button type="submit" variant="contained" sx={{ mt: 0.25 }}>
        Simpan
      </Button>
    </Box>
  );
}

export interface UserNameDialogProps {
  open: boolean;
  initial: string;
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
  /** The first start: a welcome text, and closing means "later". */
  firstStart?: boolean;
}

export function UserNameDialog({
  open,
  initial,
  onSave,
  onClose,
  firstStart = false,
}: UserNameDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="user-name-title">
      <DialogTitle id="user-name-title">Nama pengguna PC ini</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {firstStart
            ? 'Selamat datang di OVOP Desk. Siapa yang memakai PC ini? Nama ini dicatat pada setiap perubahan data dan status usulan; dapat diubah kapan saja di Pengaturan → Pengguna.'
            : 'Setiap perubahan data dicatat beserta nama ini.'}
        </DialogContentText>
        <UserNameForm initial={initial} onSave={onSave} onDone={onClose} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{firstStart ? 'Nanti saja' : 'Tutup'}</Button>
      </DialogActions>
    </Dialog>
  );
}
