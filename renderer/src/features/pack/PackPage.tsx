import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { PageHeader } from '../../ui/PageHeader';
import { BundleExportPanel } from './BundleExportPanel';
import { BundleImportPanel } from './BundleImportPanel';
import { DuplicateMergePanel } from './DuplicateMergePanel';
import { PackBuilderPanel } from './PackBuilderPanel';
import { VerifyPackPanel } from './VerifyPackPanel';

const TABS = ['Paket kirim', 'Bundel pertukaran', 'Verifikasi paket'] as const;

export default function PackPage() {
  const [tab, setTab] = useState(0);
  return (
    <>
      <PageHeader
        title="Paket Kirim"
        subtitle="Berkas untuk portal Kementerian, dan bundel pertukaran kabupaten/kota → provinsi"
      />
      <Tabs value={tab} onChange={(_, v: number) => setTab(v)} sx={{ mb: 2 }}>
        {TABS.map((t) => (
          <Tab key={t} label={t} />
        ))}
      </Tabs>
      <Paper variant="outlined" sx={{ p: 2 }}>
        {tab === 0 ? <PackBuilderPanel /> : null}
        {tab === 1 ? (
          <>
            <BundleExportPanel />
            <Divider sx={{ my: 3 }} />
            <BundleImportPanel />
            <Divider sx={{ my: 3 }} />
            <DuplicateMergePanel />
          </>
        ) : null}
        {tab === 2 ? <VerifyPackPanel /> : null}
      </Paper>
    </>
  );
}
