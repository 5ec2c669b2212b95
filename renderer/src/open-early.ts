// The page's first script (added by vite.config.ts): while the app's code loads, the register is
// read from disk and the code of the page the URL points at is fetched.
import { preloadRouteCode } from './app/route-code';
import { openRegisterEarly } from './db/early-open';

preloadRouteCode(document, window.location.hash);
void openRegisterEarly();
