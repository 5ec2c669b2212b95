import { Suspense, lazy, useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import { PageHeader } from '../../ui/PageHeader';
import { appRepositories } from '../../db';
import { IdentityForm } from './IdentityForm';

const TABS = [
  { id: 'identitas', label: 'Identitas' },
  { id: 'produk', label: 'Produk', Component: lazy(() => import('./ProductsTab')) },
  { id: 'legalitas', label: 'Legalitas', Component: lazy(() => import('./CredentialsTab')) },
  { id: 'foto', label: 'Foto', Component: lazy(() => import('./PhotosTab')) },
  { id: 'dokumen', label: 'Dokumen', Component: lazy(() => import('./DocumentsTab')) },
] as const;

export default function EnterpriseDetailPage() {
  const { id } = useParams();
  const isNew = id === undefined || id === 'baru';
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [enterprise, setEnterprise] = useState<Enterprise | undefined>();
  const [state, setState] = useState<'loading' | 'ready' | 'missing'>(isNew ? 'ready' : 'loading');

  useEffect(() => {
    if (isNew) {
      setEnterprise(undefined);
      setState('ready');
      return;
    }
    setState('loading');
    void appRepositories()
      .enterprises.get(id)
      .then((e) => {
        setEnterprise(e);
        setState(e ? 'ready' : 'missing');
      });
  }, [id, isNew]);

  if (state === 'loading') return <LinearProgress aria-label="Memuat IKM" />;
  if (state === 'missing') return <Alert severity="error">IKM tidak ditemukan; mungkin sudah dihapus.</Alert>;

  const tab = TABS.find((t) => t.id === params.get('tab')) ?? TABS[0];
  return (
    <>
      <PageHeader
        title={enterprise ? enterprise.name : 'Tambah IKM'}
        subtitle={enterprise ? `NIB ${enterprise.nib} · ${enterprise.ownerName}${enterprise.deletedAt ? ' · sudah dihapus' : ''}` : 'Isi identitas dulu; produk, legalitas, foto dan dokumen dapat diisi setelah disimpan.'}
      />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={tab.id} onChange={(_, v: string) => setParams({ tab: v })} aria-label="Bagian data IKM" variant="scrollable">
          {TABS.map((t) => (
            <Tab key={t.id} value={t.id} label={t.label} disabled={!enterprise && t.id !== 'identitas'} />
          ))}
        </Tabs>
      </Box>
      {tab.id === 'identitas' || !enterprise ? (
        <IdentityForm
          key={enterprise?.updatedAt ?? 'baru'}
          existing={enterprise}
          onSaved={(saved) => {
            setEnterprise(saved);
            if (isNew) navigate(`/ikm/${saved.id}?tab=produk`, { replace: true });
          }}
        />
      ) : 'Component' in tab ? (
        <Suspense fallback={<LinearProgress aria-label="Memuat" />}>
          <tab.Component enterprise={enterprise} />
        </Suspense>
      ) : null}
    </>
  );
}
