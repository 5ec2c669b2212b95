import { Suspense, lazy } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { PageHeader } from '../../ui/PageHeader';

/** Pengaturan is a set of tabs, each its own lazily loaded feature; `?tab=` selects one. */
const tabs = [
  { id: 'profil', label: 'Profil Instansi', Component: lazy(() => import('./OfficeProfileTab')) },
  { id: 'pengguna', label: 'Pengguna', Component: lazy(() => import('./UserTab')) },
  {
    id: 'impor',
    label: 'Impor & Ekspor',
    Component: lazy(() => import('../import-export/ImportExportTab')),
  },
  {
    id: 'cadangan',
    label: 'Cadangan & Pemulihan',
    Component: lazy(() => import('../backup/BackupTab')),
  },
  { id: 'penyimpanan', label: 'Penyimpanan', Component: lazy(() => import('./StorageTab')) },
  { id: 'server', label: 'Server', Component: lazy(() => import('../sync/ServerTab')) },
] as const;

export default function SettingsPage() {
  const [params, setParams] = useSearchParams();
  const current = tabs.find((t) => t.id === params.get('tab')) ?? tabs[0];
  const { Component } = current;
  return (
    <>
      <PageHeader title="Pengaturan" />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={current.id}
          onChange={(_, value: string) => setParams({ tab: value })}
          aria-label="Bagian pengaturan"
          variant="scrollable"
        >
          {tabs.map((t) => (
            <Tab key={t.id} value={t.id} label={t.label} />
          ))}
        </Tabs>
      </Box>
      <Suspense fallback={<LinearProgress aria-label="Memuat" />}>
        <Component />
      </Suspense>
    </>
  );
}
