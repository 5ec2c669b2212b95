import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { asRoundId } from '@shared/domain/common/ids';
import {
  createRoundFrom,
  defaultRound,
  type Round,
  type RoundForm,
} from '@shared/domain/round/round';
import { errorText } from '../../ui/error-text';

export interface CreateRoundDialogProps {
  open: boolean;
  rounds: readonly Round[];
  onClose: () => void;
  /** Stores the new round; resolves with its id. */
  onCreate: (form: RoundForm) => Promise<string>;
  onCreated: (id: string) => void;
}

const FRESH = '';

/** New round: fresh defaults, or a copy of an earlier round's settings (dates shifted by the years between). */
export function CreateRoundDialog({
  open,
  rounds,
  onClose,
  onCreate,
  onCreated,
}: CreateRoundDialogProps) {
  const latest = rounds[0];
  const [year, setYear] = useState(String(latest ? latest.year + 2 : new Date().getFullYear()));
  const [copyFrom, setCopyFrom] = useState<string>(latest?.id ?? FRESH);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    const y = Number(year);
    if (!Number.isInteger(y) || y < 2000 || y > 2100) {
      setError('Tahun harus bilangan bulat 2000–2100');
      return;
    }
    if (rounds.some((r) => r.year === y)) {
      setError(`Periode tahun ${y} sudah ada`);
      return;
    }
    const ids = { id: asRoundId('baru'), at: new Date().toISOString() };
    const source = rounds.find((r) => r.id === copyFrom);
    const built = source ? createRoundFrom(source, y, ids) : defaultRound(y, ids);
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = built;
    setBusy(true);
    try {
      onCreated(await onCreate(form));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby="create-round-title"
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id="create-round-title">Periode OVOP baru</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            label="Tahun"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            inputMode="numeric"
            autoFocus
          />
          <TextField
            select
            label="Pengaturan awal"
            value={copyFrom}
            onChange={(e) => setCopyFrom(e.target.value)}
          >
            <MenuItem value={FRESH}>Pengaturan bawaan (baru)</MenuItem>
            {rounds.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                Salin dari periode sebelumnya: {r.name}
              </MenuItem>
            ))}
          </TextField>
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Batal</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          Buat periode
        </Button>
      </DialogActions>
    </Dialog>
  );
}
