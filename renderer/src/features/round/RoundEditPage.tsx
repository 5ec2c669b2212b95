import { useNavigate, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import type { Round, RoundForm as RoundFormValues } from '@shared/domain/round/round.schema';
import { PageHeader } from '../../ui/PageHeader';
import { useRepositories, useLive } from '../../db';
import { RoundForm } from './RoundForm';

function formOf(round: Round): RoundFormValues {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = round;
  return form;
}

/** `/usulan/periode/:roundId/ubah` */
export function RoundEditPage() {
  const { roundId = '' } = useParams();
  const repos = useRepositories();
  const navigate = useNavigate();
  // Loaded once per visit: the form keeps the officer's edits; a stale save is refused by the repository.
  const state = useLive(() => repos.rounds.get(roundId), [roundId]);
  if (state.status === 'loading') return <LinearProgress aria-label="Memuat periode" />;
  if (state.status === 'error') return <Alert severity="error">{state.message}</Alert>;
  const round = state.value;
  if (!round) return <Alert severity="warning">Periode tidak ditemukan.</Alert>;
  return (
    <>
      <PageHeader
        title={`Pengaturan ${round.name}`}
        subtitle="Masa usulan, skala bintang, kuota, persyaratan dokumen, dan rubrik"
      />
      <RoundForm
        key={round.id}
        initial={formOf(round)}
        onCancel={() => void navigate(`/usulan/periode/${round.id}`)}
        onSubmit={async (values) => {
          await repos.rounds.update(round.id, values, round.updatedAt);
          void navigate(`/usulan/periode/${round.id}`);
        }}
      />
    </>
  );
}
