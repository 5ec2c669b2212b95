import { Suspense, lazy, useEffect, useState, type ComponentType } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import HowToVoteOutlinedIcon from '@mui/icons-material/HowToVoteOutlined';
import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import { PageHeader } from '../../ui/PageHeader';
import { useRepositories } from '../../db';
import { NominateDialog } from '../round/nomination/NominateDialog';
import { detailLinkOf, type DetailTab, type DetailTabProps } from './enterprise-link';
import { EnterpriseNominationList } from './EnterpriseNominationList';
import { EnterpriseReadinessPreview } from './EnterpriseReadinessPreview';
import { IdentityForm } from './IdentityForm';
import { useOfficeRegionCode } from '../../ui/use-office-region';

const TABS: readonly { id: DetailTab; label: string; Component?: ComponentType<DetailTabProps> }[] =
  [
    { id: 'identitas', label: 'Identitas' },
    { id: 'produk', label: 'Produk', Component: lazy(() => import('./ProductsTab')) },
    { id: 'legalitas', label: 'Legalitas', Component: lazy(() => import('./CredentialsTab')) },
    { id: 'foto', label: 'Foto', Component: lazy(() => import('./PhotosTab')) },
    { id: 'dokumen', label: 'Dokumen', Component: lazy(() => import('./DocumentsTab')) },
    { id: 'penghargaan', label: 'Penghargaan', Component: lazy(() => import('./AwardsTab')) },
    { id: 'riwayat', label: 'Riwayat', Component: lazy(() => import('./HistoryTab')) },
  ];

const ONE_SHOT = ['jenis', 'legalitas', 'produk'] as const;

export default function EnterpriseDetailPage() {
  const repos = useRepositories();
  const { id } = useParams();
  const isNew = id === undefined || id === 'baru';
  const officeRegionCode = useOfficeRegionCode();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [enterprise, setEnterprise] = useState<Enterprise | undefined>();
  const [state, setState] = useState<'loading' | 'ready' | 'missing'>(isNew ? 'ready' : 'loading');
  const [nominating, setNominating] = useState(false);
  const [nominated, setNominated] = useState<string | undefined>();

  useEffect(() => {
    if (isNew) {
      setEnterprise(undefined);
      setState('ready');
      return;
    }
    setState('loading');
    void repos.enterprises.get(id).then((e) => {
      setEnterprise(e);
      setState(e ? 'ready' : 'missing');
    });
  }, [id, isNew]);

  // A new IKM just saved: its page (on the Produk tab) shows once the address carries its id, so
  // no tab chosen in between is overridden by that move.
  const moving = isNew && enterprise !== undefined;
  if (state === 'loading' || moving) return <LinearProgress aria-label="Memuat IKM" />;
  if (state === 'missing')
    return <Alert severity="error">IKM tidak ditemukan; mungkin sudah dihapus.</Alert>;

  const link = detailLinkOf(params);
  const tab = TABS.find((t) => t.id === link.tab) ?? TABS[0];
  const onLinkUsed = () => {
    const next = new URLSearchParams(params);
    for (const key of ONE_SHOT) next.delete(key);
    setParams(next, { replace: true });
  };
  const canNominate = enterprise !== undefined && enterprise.deletedAt === undefined;
  return (
    <>
      <PageHeader
        title={enterprise ? enterprise.name : 'Tambah IKM'}
        subtitle={
          enterprise
            ? `NIB ${enterprise.nib} · ${enterprise.ownerName}${enterprise.deletedAt ? ' · sudah dihapus' : ''}`
            : 'Isi identitas dulu; produk, legalitas, foto dan dokumen dapat diisi setelah disimpan.'
        }
        actions={
          canNominate ? (
            <Button
              variant="outlined"
              startIcon={<HowToVoteOutlinedIcon />}
              onClick={() => setNominating(true)}
            >
              Usulkan ke OVOP
            </Button>
          ) : undefined
        }
      />
      {enterprise ? <EnterpriseNominationList enterpriseId={enterprise.id} /> : null}
      {canNominate ? <EnterpriseReadinessPreview enterpriseId={enterprise.id} /> : null}
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={tab?.id ?? 'identitas'}
          onChange={(_, v: string) => setParams({ tab: v })}
          aria-label="Bagian data IKM"
          variant="scrollable"
        >
          {TABS.map((t) => (
            <Tab
              key={t.id}
              value={t.id}
              label={t.label}
              disabled={!enterprise && t.id !== 'identitas'}
            />
          ))}
        </Tabs>
      </Box>
      {!enterprise && officeRegionCode === undefined ? (
        <LinearProgress aria-label="Memuat profil instansi" />
      ) : !tab?.Component || !enterprise ? (
        <IdentityForm
          officeRegionCode={officeRegionCode}
          key={enterprise?.updatedAt ?? 'baru'}
          existing={enterprise}
          focusField={link.field}
          onSaved={(saved) => {
            setEnterprise(saved);
            if (isNew) navigate(`/ikm/${saved.id}?tab=produk`, { replace: true });
          }}
        />
      ) : (
        <Suspense fallback={<LinearProgress aria-label="Memuat" />}>
          <tab.Component enterprise={enterprise} link={link} onLinkUsed={onLinkUsed} />
        </Suspense>
      )}
      {nominating && enterprise ? (
        <NominateDialog
          open
          enterpriseId={enterprise.id}
          onClose={() => setNominating(false)}
          onNominated={(ids) =>
            setNominated(
              ids.length === 1
                ? 'IKM ini diusulkan; statusnya tampil di bagian Usulan OVOP.'
                : `${ids.length} usulan dibuat.`,
            )
          }
        />
      ) : null}
      <Snackbar
        open={nominated !== undefined}
        autoHideDuration={6000}
        onClose={() => setNominated(undefined)}
        message={nominated}
      />
    </>
  );
}
