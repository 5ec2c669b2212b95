import { Suspense, lazy } from 'react';
import { Route, RouterProvider, Routes, createHashRouter } from 'react-router';
import CssBaseline from '@mui/material/CssBaseline';
import LinearProgress from '@mui/material/LinearProgress';
import { ThemeProvider } from '@mui/material/styles';
import { RecoveryGate } from '../features/backup/RecoveryGate';
import { AppShell } from './AppShell';
import { theme } from './theme';

const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const SentraPage = lazy(() => import('../features/sentra/SentraPage'));
const EnterprisePage = lazy(() => import('../features/enterprise/EnterprisePage'));
const NominationPage = lazy(() => import('../features/nomination/NominationPage'));
const LetterPage = lazy(() => import('../features/letter/LetterPage'));
const PackPage = lazy(() => import('../features/pack/PackPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));

/** The frame and its pages; rendered under one catch-all route of a data router (needed by useBlocker). */
function Frame() {
  return (
    <AppShell>
      <Suspense fallback={<LinearProgress aria-label="Memuat halaman" />}>
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/sentra/*" element={<SentraPage />} />
          <Route path="/ikm/*" element={<EnterprisePage />} />
          <Route path="/usulan/*" element={<NominationPage />} />
          <Route path="/surat/*" element={<LetterPage />} />
          <Route path="/paket/*" element={<PackPage />} />
          <Route path="/pengaturan/*" element={<SettingsPage />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}

/** Hash routing: the same URLs work under app:// in Electron and on the fixed web port. */
const router = createHashRouter([{ path: '*', element: <Frame /> }]);

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <RecoveryGate>
        <RouterProvider router={router} />
      </RecoveryGate>
    </ThemeProvider>
  );
}
