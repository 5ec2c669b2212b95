// The page's first script (added by vite.config.ts): the register is read from disk while the
// app's code loads.
import { openRegisterEarly } from './db/early-open';

void openRegisterEarly();
