import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import Button from '@mui/material/Button';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { commodityLabel } from '@shared/nomination-view/nomination-rows';
import { NOMINATION_KIND_LABELS } from '@shared/domain/nomination/nomination';
import { readinessLight } from '@shared/domain/readiness/finding';
import { PageHeader } from '../../../ui/PageHeader';
import { useRepositories, useLive } from '../../../db';
import { loadCandidate } from './data/load-readiness';
import { saveNomination } from './data/save-nomination';
import { loadLetterFacts } from './data/workflow-context';
import { HistoryList } from './HistoryList';
import { NominationDetailsForm } from './NominationDetailsForm';
import { ReadinessLightChip } from './ReadinessLightChip';
import { ReadinessList } from './ReadinessList';
import { StatusWorkflowPanel } from './StatusWorkflowPanel';
import { backLabelOf } from './back-link';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={title}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** `/usulan/:nominationId`: live readiness, status workflow with history, sample and portal data. */
export function NominationDetailPage() {
  const { nominationId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const backLabel = backLabelOf(location.state);
  const repos = useRepositories();
  const state = useLive(async () => {
    const nomination = await repos.nominations.get(nominationId);
    if (!nomination) return undefined;
    const round = await repos.rounds.get(nomination.roundId);
    if (!round) return undefined;
    const [candidate, userName, letter, office] = await Promise.all([
      loadCandidate(repos, round, nomination),
      repos.settings.userName(),
      loadLetterFacts(repos, nomination.id),
      repos.office.get(),
    ]);
    return { round, candidate, userName, letter, officeLevel: office.profile.level };
  }, [nominationId]);

  if (state.status === 'loading') return <LinearProgress aria-label="Memuat usulan" />;
  if (state.status === 'error') return <Alert severity="error">{state.message}</Alert>;
  if (!state.value) return <Alert severity="warning">Usulan tidak ditemukan.</Alert>;
  const { round, candidate, userName, letter, officeLevel } = state.value;
  const { nomination, enterprise, product } = candidate;
  const findings = candidate.findings ?? [];
  const blocking = findings.filter((f) => f.severity === 'blocking').length;
  const refs = {
    nominationId: nomination.id,
    enterpriseId: nomination.enterpriseId,
    productId: nomination.productId,
    ...(enterprise?.sentraId !== undefined ? { sentraId: enterprise.sentraId } : {}),
  };

  return (
    <>
      {backLabel !== undefined ? (
        <Button startIcon={<ArrowBackIcon />} onClick={() => void navigate(-1)} sx={{ mb: 1 }}>
          Kembali ke {backLabel}
        </Button>
      ) : null}
      <Breadcrumbs sx={{ mb: 1 }} aria-label="Jejak halaman">
        <Link component={RouterLink} to="/usulan">
          Usulan
        </Link>
        <Link component={RouterLink} to={`/usulan/periode/${round.id}`}>
          {round.name}
        </Link>
      </Breadcrumbs>
      <PageHeader
        title={enterprise?.name ?? 'Usulan'}
        subtitle={`${product ? `${product.name} (${commodityLabel(product.commodity)})` : 'Produk tidak ditemukan'} · ${NOMINATION_KIND_LABELS[nomination.kind]}`}
        actions={
          <ReadinessLightChip
            light={readinessLight(findings)}
            detail={blocking > 0 ? `${blocking} wajib` : undefined}
          />
        }
      />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Section title="Pemeriksaan kesiapan">
            <ReadinessList findings={findings} refs={refs} />
          </Section>
          <Section title="Sampel, portal, dan catatan">
            <NominationDetailsForm
              key={nomination.updatedAt}
              nomination={nomination}
              onSave={async (values) => {
                const next = { ...nomination, ...values, sample: values.sample };
                if (values.portalReference === undefined) delete next.portalReference;
                if (values.overrideNote === undefined) delete next.overrideNote;
                await saveNomination(repos, nomination, next);
              }}
            />
          </Section>
        </Box>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Section title="Status usulan">
            <StatusWorkflowPanel
              nomination={nomination}
              findings={findings}
              starScale={round.starScale}
              userName={userName}
              officeLevel={officeLevel}
              {...(letter ? { letter } : {})}
              onSave={async (next) => {
                await saveNomination(repos, nomination, next);
              }}
            />
          </Section>
          <Section title="Riwayat">
            <HistoryList history={nomination.history} />
          </Section>
        </Box>
      </Box>
    </>
  );
}
