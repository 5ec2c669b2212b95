import { Suspense } from 'react';
import { Route, RouterProvider, Routes, createHashRouter } from 'react-router';
import CssBaseline from '@mui/material/CssBaseline';
import LinearProgress from '@mui/material/LinearProgress';
import { ThemeProvider } from '@mui/material/styles';
import { RecoveryGate } from '../features/backup/RecoveryGate';
import { AppShell } from './AppShell';
import { appPages } from './pages';
import { theme } from './theme';

/** The frame and its pages; rendered under one catch-all route of a data router (needed by useBlocker). */
function Frame() {
  return (
    <AppShell>
      <Suspense fallback={<LinearProgress aria-label="Memuat halaman" />}>
        <Routes>
          {appPages.map(({ key, route, page }) => (
            <Route key={key} path={route} element={<page.Page />} />
          ))}
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
