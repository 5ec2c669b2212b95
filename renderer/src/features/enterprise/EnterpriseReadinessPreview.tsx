import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { roundPhase } from '@shared/domain/round/round';
import type { Round } from '@shared/domain/round/round.schema';
import {
  readinessChecklist,
  type ReadinessChecklistLine,
} from '@shared/nomination-view/readiness-checklist';
import { useLive, useRepositories, type AppRepositories } from '../../db';
import { loadReadinessInput } from '../round/nomination/data/load-readiness';
import { todayIso } from '../round/round-dates';

interface ProductChecklist {
  readonly productId: string;
  readonly productName: string;
  readonly lines: readonly ReadinessChecklistLine[];
}

/** The round a nomination would go into: the one open today, else the newest. */
function roundToCheck(rounds: readonly Round[], today: string): Round | undefined {
  return (
    rounds.find((r) => roundPhase(r, today) === 'dibuka') ??
    [...rounds].sort((a, b) => b.opensOn.localeCompare(a.opensOn))[0]
  );
}

async function loadPreview(
  repos: AppRepositories,
  enterpriseId: string,
): Promise<{ round: Round; products: ProductChecklist[] } | undefined> {
  const round = roundToCheck(await repos.rounds.list(), todayIso());
  if (!round) return undefined;
  const products = (await repos.enterprises.products.list(enterpriseId)).filter(
    (p) => p.deletedAt === undefined,
  );
  const lists = await Promise.all(
    products.map(async (p) => {
      const input = await loadReadinessInput(repos, round, enterpriseId, p.id);
      return input
        ? [{ productId: p.id, productName: p.name, lines: readinessChecklist(input) }]
        : [];
    }),
  );
  return { round, products: lists.flat() };
}

const ICONS = {
  ok: <CheckCircleOutlineIcon fontSize="small" color="success" aria-hidden />,
  blocking: <ErrorOutlineIcon fontSize="small" color="error" aria-hidden />,
  advisory: <WarningAmberIcon fontSize="small" color="warning" aria-hidden />,
};
const STATE_TEXT = {
  ok: 'terpenuhi',
  blocking: 'belum terpenuhi (wajib)',
  advisory: 'perlu perhatian (saran)',
};

function ChecklistLines({ item }: { item: ProductChecklist }) {
  const open = item.lines.filter((l) => l.state === 'blocking').length;
  return (
    <Box component="li" sx={{ mb: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 700 }}>
        {item.productName}:{' '}
        {open === 0 ? 'siap diperiksa' : `${open} persyaratan wajib belum terpenuhi`}
      </Typography>
      <Box
        component="ul"
        aria-label={`Persyaratan ${item.productName}`}
        sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.25 }}
      >
        {item.lines.map((line) => (
          <Box
            component="li"
            key={line.code}
            sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            aria-label={`${line.description}: ${STATE_TEXT[line.state]}`}
          >
            {ICONS[line.state]}
            <Typography variant="body2">
              {line.description}
              {line.findings.length > 0
                ? ` — ${line.findings.map((f) => f.message).join('; ')}`
                : ''}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/** "Persyaratan usulan": what the readiness check will ask in the open round, before nominating. */
export function EnterpriseReadinessPreview({ enterpriseId }: { enterpriseId: string }) {
  const repos = useRepositories();
  const state = useLive(() => loadPreview(repos, enterpriseId), [repos, enterpriseId]);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="ikm-persyaratan-title"
      sx={{ px: 2, py: 1.5, mb: 2 }}
    >
      <Box component="details" open>
        <Box component="summary" sx={{ cursor: 'pointer' }}>
          <Typography
            id="ikm-persyaratan-title"
            variant="subtitle1"
            component="h2"
            sx={{ fontWeight: 700, display: 'inline' }}
          >
            Persyaratan usulan
            {state.status === 'ready' && state.value ? ` (${state.value.round.name})` : ''}
          </Typography>
        </Box>
        {state.status === 'error' ? <Alert severity="error">{state.message}</Alert> : null}
        {state.status === 'ready' && !state.value ? (
          <Typography variant="body2" color="text.secondary">
            Belum ada periode OVOP. Buat periode di halaman Usulan untuk melihat persyaratannya.
          </Typography>
        ) : null}
        {state.status === 'ready' && state.value && state.value.products.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            Tambahkan produk unggulan dulu; persyaratan diperiksa per produk.
          </Typography>
        ) : null}
        {state.status === 'ready' && state.value && state.value.products.length > 0 ? (
          <Box component="ul" sx={{ listStyle: 'none', m: 0, mt: 1, p: 0 }}>
            {state.value.products.map((p) => (
              <ChecklistLines key={p.productId} item={p} />
            ))}
          </Box>
        ) : null}
      </Box>
    </Paper>
  );
}
