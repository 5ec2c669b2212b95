import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import {
  isFinalStatus,
  NOMINATION_STATUS_LABELS,
  type NominationStatus,
} from '@shared/domain/nomination/nomination';
import { nominationBackState, nominationPath } from '../round/nomination/back-link';
import { useLive, useRepositories, type AppRepositories } from '../../db';

export interface EnterpriseNominationRow {
  readonly id: string;
  readonly roundName: string;
  readonly roundYear: number | undefined;
  readonly productName: string;
  readonly status: NominationStatus;
}

/** This IKM's live nominations with their round and product names, newest round first. */
export async function loadEnterpriseNominations(
  repos: AppRepositories,
  enterpriseId: string,
): Promise<EnterpriseNominationRow[]> {
  const [nominations, products] = await Promise.all([
    repos.nominations.listByEnterprise(enterpriseId),
    repos.enterprises.products.list(enterpriseId),
  ]);
  const productNames = new Map(products.map((p) => [p.id as string, p.name]));
  const rows = await Promise.all(
    nominations.map(async (n) => {
      const round = await repos.rounds.get(n.roundId);
      return {
        id: n.id,
        roundName: round?.name ?? '(periode tidak ditemukan)',
        roundYear: round?.year,
        productName: productNames.get(n.productId) ?? '(produk tidak ditemukan)',
        status: n.status,
      };
    }),
  );
  return rows.sort(
    (a, b) =>
      (b.roundYear ?? 0) - (a.roundYear ?? 0) || a.roundName.localeCompare(b.roundName, 'id'),
  );
}

const statusColor = (s: NominationStatus): 'default' | 'primary' | 'success' | 'error' =>
  s === 'dianugerahi'
    ? 'success'
    : s === 'gagal-administrasi' || s === 'tidak-dianugerahi'
      ? 'error'
      : isFinalStatus(s)
        ? 'default'
        : 'primary';

/** "Usulan OVOP" on the IKM page: where this IKM stands in each round (updates as soon as it changes). */
export function EnterpriseNominationList({ enterpriseId }: { enterpriseId: string }) {
  const repos = useRepositories();
  const state = useLive(
    () => loadEnterpriseNominations(repos, enterpriseId),
    [repos, enterpriseId],
  );
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="ikm-usulan-title"
      sx={{ px: 2, py: 1.5, mb: 2 }}
    >
      <Typography
        id="ikm-usulan-title"
        variant="subtitle1"
        component="h2"
        sx={{ fontWeight: 700, mb: 0.5 }}
      >
        Usulan OVOP
      </Typography>
      {state.status === 'error' ? <Alert severity="error">{state.message}</Alert> : null}
      {state.status === 'ready' && state.value.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Belum pernah diusulkan. Pakai tombol "Usulkan ke OVOP" untuk memasukkannya ke sebuah
          periode.
        </Typography>
      ) : null}
      {state.status === 'ready' && state.value.length > 0 ? (
        <Box
          component="ul"
          aria-label="Usulan IKM ini"
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.75 }}
        >
          {state.value.map((n) => (
            <Box
              component="li"
              key={n.id}
              sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}
            >
              <Link
                component={RouterLink}
                to={nominationPath(n.id)}
                state={nominationBackState('halaman IKM')}
                sx={{ fontWeight: 500 }}
              >
                {n.roundName}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {n.productName}
              </Typography>
              <Chip
                size="small"
                label={NOMINATION_STATUS_LABELS[n.status]}
                color={statusColor(n.status)}
                variant="outlined"
              />
            </Box>
          ))}
        </Box>
      ) : null}
    </Paper>
  );
}
