// The page's first script (added by vite.config.ts): while the app's code loads, the register is
// read from disk, the code of the page the URL points at is fetched, and ICU and the UI font are
// made ready while the main thread would otherwise wait.
import { preloadRouteCode } from './app/route-code';
import { warmUpWhenIdle } from './app/warm-up';
import { openRegisterEarly } from './db/early-open';

preloadRouteCode(document, window.location.hash);
void openRegisterEarly();
warmUpWhenIdle();
