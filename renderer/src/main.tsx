// First import: begins opening the register and loading the page's code (see app/start-up.ts).
import { startedUp } from './app/start-up';
import '@fontsource/arimo/400.css';
import '@fontsource/arimo/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { warmUpWhileOpening } from './app/style-warm-up';
import { StartupErrorPage } from './app/StartupErrorPage';
import { NEWER_DATABASE_MESSAGE, RepositoriesProvider } from './db';
import { DESKTOP_API_MISSING_MESSAGE, desktopApiMissing } from './platform/api';
import { errorText } from './ui/error-text';

const root = document.getElementById('root');
if (!root) throw new Error('Elemen #root tidak ditemukan');
const reactRoot = createRoot(root);
// Registered before the render below, so the warm-up is gone when the app first renders.
warmUpWhileOpening(startedUp);

/** One register per window, opened before any page renders; a failure gets a full-page message. */
startedUp.then(
  (repositories) => {
    if (desktopApiMissing()) {
      reactRoot.render(<StartupErrorPage message={DESKTOP_API_MISSING_MESSAGE} />);
      return;
    }
    reactRoot.render(
      <StrictMode>
        <RepositoriesProvider repositories={repositories}>
          <App />
        </RepositoriesProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    const detail = errorText(error);
    const message =
      detail === NEWER_DATABASE_MESSAGE
        ? detail
        : `Basis data aplikasi tidak dapat dibuka (rincian teknis: ${detail}).`;
    reactRoot.render(<StartupErrorPage message={message} />);
  },
);
