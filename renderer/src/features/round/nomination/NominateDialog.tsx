import { useCallback, useEffect, useState } from 'react';
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
import { asEnterpriseId, asRoundId } from '@shared/domain/common/ids';
import type { KabKota } from '@shared/domain/round-overview/round-overview';
import { type EnterpriseRow, useRepositories, useLive } from '../../../db';
import { kabKotaListFor } from '../kab-kota-list';
import { todayIso } from '../round-dates';
import { lateNominationWarning } from '@shared/domain/round/late-nomination';
import { CandidatePicker } from './CandidatePicker';
import { nominate, type NominationChoice } from './data/nominate';
import { SelectedCandidateRow, type SelectedCandidate } from './SelectedCandidateRow';

export interface NominateDialogProps {
  open: boolean;
  onClose: () => void;
  /** The round to nominate into; without it the officer picks one (newest first). */
  roundId?: string;
  /** Preselects this IKM (opened from the IKM page). */
  enterpriseId?: string;
  /** Called with the ids of the nominations created. */
  onNominated?: (nominationIds: string[]) => void;
}

/** Nominate one or more IKM (each with one product) into a round. */
export function NominateDialog({
  open,
  onClose,
  roundId,
  enterpriseId,
  onNominated,
}: NominateDialogProps) {
  const repos = useRepositories();
  const [round, setRound] = useState(roundId ?? '');
  const [selected, setSelected] = useState<Map<string, SelectedCandidate>>(new Map());
  const [kabKota, setKabKota] = useState<KabKota[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const rounds = useLive(() => repos.rounds.list(), []);
  useEffect(() => {
    if (round === '' && rounds.status === 'ready' && rounds.value[0]) setRound(rounds.value[0].id);
  }, [round, rounds]);

  useEffect(() => {
    let alive = true;
    void repos.sentras
      .page({
        filter: {},
        sort: { field: 'kabKotaCode', direction: 'asc' },
        offset: 0,
        limit: 5000,
      })
      .then((p) => kabKotaListFor(p.rows.map((r) => r.kabKotaCode)))
      .then((list) => alive && setKabKota(list));
    return () => {
      alive = false;
    };
  }, [repos]);

  useEffect(() => {
    if (!enterpriseId) return;
    void repos.enterprises.get(enterpriseId).then((e) => {
      if (e)
        setSelected((m) =>
          m.has(e.id)
            ? m
            : new Map(m).set(e.id, { enterpriseId: e.id, enterpriseName: e.name, kind: 'baru' }),
        );
    });
  }, [enterpriseId, repos]);

  const toggle = useCallback((row: EnterpriseRow) => {
    setSelected((m) => {
      const next = new Map(m);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, { enterpriseId: row.id, enterpriseName: row.name, kind: 'baru' });
      return next;
    });
  }, []);
  const update = useCallback(
    (next: SelectedCandidate) => setSelected((m) => new Map(m).set(next.enterpriseId, next)),
    [],
  );

  const chosenRound =
    rounds.status === 'ready' ? rounds.value.find((r) => r.id === round) : undefined;
  const lateWarning = chosenRound ? lateNominationWarning(chosenRound, todayIso()) : undefined;
  const list = [...selected.values()];
  const incomplete = list.filter(
    (s) => s.productId === undefined || (s.kind === 'evaluasi-ulang' && s.awardId === undefined),
  );

  async function submit() {
    setBusy(true);
    setProblems([]);
    try {
      const choices: NominationChoice[] = list.flatMap((s) =>
        s.productId
          ? [
              {
                enterpriseId: asEnterpriseId(s.enterpriseId),
                productId: s.productId,
                kind: s.kind,
                ...(s.awardId ? { awardId: s.awardId } : {}),
              },
            ]
          : [],
      );
      const result = await nominate(
        repos,
        asRoundId(round),
        choices,
        new Map(list.map((s) => [s.enterpriseId, s.enterpriseName])),
      );
      setProblems(result.problems);
      const done = new Set(result.created.map((n) => n.enterpriseId as string));
      setSelected((m) => new Map([...m].filter(([id]) => !done.has(id))));
      if (result.created.length > 0) onNominated?.(result.created.map((n) => n.id));
      if (result.problems.length === 0) onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="nominate-title">
      <DialogTitle id="nominate-title">Usulkan IKM</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {roundId === undefined ? (
            <TextField
              select
              size="small"
              label="Periode"
              value={round}
              onChange={(e) => setRound(e.target.value)}
              sx={{ maxWidth: 280 }}
            >
              {(rounds.status === 'ready' ? rounds.value : []).map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.name}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {lateWarning ? (
            <Alert severity="warning" role="alert">
              {lateWarning}
            </Alert>
          ) : null}
          <CandidatePicker
            kabKota={kabKota}
            selected={new Set(selected.keys())}
            onToggle={toggle}
          />
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
            Dipilih ({list.length})
          </Typography>
          {list.length === 0 ? (
            <Typography color="text.secondary">Centang IKM pada daftar di atas.</Typography>
          ) : null}
          <Stack spacing={1} role="group" aria-label="IKM dipilih">
            {list.map((s) => (
              <SelectedCandidateRow
                key={s.enterpriseId}
                value={s}
                onChange={update}
                onRemove={() =>
                  setSelected((m) => {
                    const n = new Map(m);
                    n.delete(s.enterpriseId);
                    return n;
                  })
                }
              />
            ))}
          </Stack>
          {problems.map((p) => (
            <Alert key={p} severity="warning">
              {p}
            </Alert>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Tutup</Button>
        <Button
          variant="contained"
          disabled={busy || list.length === 0 || incomplete.length > 0 || round === ''}
          onClick={() => void submit()}
        >
          Usulkan {list.length > 0 ? `${list.length} IKM` : ''}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
