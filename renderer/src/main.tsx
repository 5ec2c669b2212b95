// First import: begins opening the register and loading the page's code (see app/start-up.ts).
import { startedUp } from './app/start-up';
import '@fontsource/arimo/400.css';
import '@fontsource/arimo/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupErrorPage } from './app/StartupErrorPage';
import { NEWER_DATABASE_MESSAGE } from './db/database';
import { DESKTOP_API_MISSING_MESSAGE, desktopApiMissing } from './platform/api';

const root = document.getElementById('root');
if (!root) throw new Error('Elemen #root tidak ditemukan');
const reactRoot = createRoot(root);

/** One register per window, opened before any page renders; a failure gets a full-page message. */
startedUp.then(
  async () => {
    if (desktopApiMissing()) {
      reactRoot.render(<StartupErrorPage message={DESKTOP_API_MISSING_MESSAGE} />);
      return;
    }
    // TEST-ONLY seeding hooks, loaded only for `?e2e=1` (never part of the normal start).
    if (new URLSearchParams(window.location.search).get('e2e') === '1') (await import('./app/e2e-hooks')).installE2eHooks();
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    const message = detail === NEWER_DATABASE_MESSAGE ? detail : `Basis data aplikasi tidak dapat dibuka (rincian teknis: ${detail}).`;
    reactRoot.render(<StartupErrorPage message={message} />);
  },
);
