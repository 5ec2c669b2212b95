import { useEffect, useState } from 'react';
import type { AppRepositories, StoredOffice } from '../../db';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Round } from '@shared/domain/round/round.schema';
import { localIsoDate } from './letter-records';
import { loadAnnexCandidates } from './letter-sources';
import { buildNewLetter, targetsForOffice, type LetterTarget } from './new-letter';
import { errorText } from '../../ui/error-text';

interface Props {
  repos: AppRepositories;
  onClose: () => void;
  onCreated: (id: string) => void;
}

const TARGET_LABELS: Record<LetterTarget, string> = {
  dirjen: 'Direktur Jenderal IKMA, Kementerian Perindustrian',
  provinsi: 'Dinas Perindustrian Provinsi',
};

/** Choose the round (and for a kab/kota the addressee); the draft starts with the ready nominations. */
export function NewLetterDialog({ repos, onClose, onCreated }: Props) {
  const { ctx, letters: store } = repos;
  const [rounds, setRounds] = useState<Round[]>();
  const [office, setOffice] = useState<StoredOffice>();
  const [roundId, setRoundId] = useState('');
  const [target, setTarget] = useState<LetterTarget>('dirjen');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    Promise.all([repos.rounds.list(), repos.office.get()]).then(
      ([list, stored]) => {
        setRounds(list);
        setOffice(stored);
        setRoundId(list[0]?.id ?? '');
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [repos]);

  const create = async () => {
    const round = rounds?.find((r) => r.id === roundId);
    if (!round || !office) return;
    setBusy(true);
    try {
      const candidates = await loadAnnexCandidates(repos, round.id);
      const now = ctx.now();
      const letter = buildNewLetter(
        office.profile,
        {
          id: round.id,
          year: round.year,
          ...(round.requestLetter ? { requestLetter: round.requestLetter } : {}),
        },
        candidates,
        target,
        { letterId: ctx.newId(), now: now.toISOString(), date: localIsoDate(now) },
      );
      const created = await store.create(letter);
      onCreated(created.id);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="new-letter-title" fullWidth maxWidth="sm">
      <DialogTitle id="new-letter-title">Buat surat usulan</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {office && !office.complete && (
            <Alert severity="warning">
              Profil instansi belum lengkap; konsep tetap dapat dibuat, tetapi surat baru dapat
              difinalkan setelah profil disimpan.
            </Alert>
          )}
          {rounds && rounds.length === 0 && (
            <Alert severity="info">
              Belum ada periode OVOP. Buat periode dan usulan di halaman Usulan.
            </Alert>
          )}
          <TextField
            select
            label="Periode OVOP"
            size="small"
            value={roundId}
            onChange={(e) => setRoundId(e.target.value)}
            disabled={!rounds?.length}
          >
            {(rounds ?? []).map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.name}
              </MenuItem>
            ))}
          </TextField>
          {office && (
            <TextField
              select
              label="Ditujukan kepada"
              size="small"
              value={target}
              onChange={(e) => setTarget(e.target.value as LetterTarget)}
            >
              {targetsForOffice(office.profile).map((t) => (
                <MenuItem key={t} value={t}>
                  {TARGET_LABELS[t]}
                </MenuItem>
              ))}
            </TextField>
          )}
          <Typography variant="body2" color="text.secondary">
            {office?.profile.level === 'provinsi'
              ? 'Varian B (dari Dinas provinsi).'
              : 'Varian A (dari Dinas kabupaten/kota).'}{' '}
            Lampiran berisi usulan yang sudah lolos pemeriksaan kesiapan; usulan lain dapat
            ditambahkan dengan catatan pengecualian.
          </Typography>
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Batal</Button>
        <Button
          variant="contained"
          onClick={() => void create()}
          disabled={busy || !roundId || !office}
        >
          Buat konsep
        </Button>
      </DialogActions>
    </Dialog>
  );
}
