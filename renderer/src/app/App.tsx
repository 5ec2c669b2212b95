import { Suspense } from 'react';
import { Route, RouterProvider, Routes, createHashRouter } from 'react-router';
import CssBaseline from '@mui/material/CssBaseline';
import LinearProgress from '@mui/material/LinearProgress';
import { ThemeProvider } from '@mui/material/styles';
import { RecoveryGate } from '../features/backup/RecoveryGate';
import { DateLocalization } from '../ui/DateLocalization';
import { AppShell } from './AppShell';
import { appPages } from './page-loaders';
import { theme } from './theme';

const DashboardPage = appPages.dashboard.Page;
const SentraPage = appPages.sentra.Page;
const EnterprisePage = appPages.enterprise.Page;
const NominationPage = appPages.nomination.Page;
const LetterPage = appPages.letter.Page;
const PackPage = appPages.pack.Page;
const SettingsPage = appPages.settings.Page;

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
      <DateLocalization>
        <RecoveryGate>
          <RouterProvider router={router} />
        </RecoveryGate>
      </DateLocalization>
    </ThemeProvider>
  );
}
