import { startedUp } from '../../renderer/src/app/start-up';
import { installE2eHooks } from './e2e-hooks';
import { installKillHooks } from './kill-hooks';

/**
 * The test build's second entry (vite.config.ts, mode `test`; never part of `npm run build` or
 * `npm run web`): once the register is open, installs the seeding hook for `?e2e=1` and the
 * kill/disk-full hook for `?ovopTest=1`. The production bundle contains none of this
 * (test/unit/build/production-bundle.test.ts).
 */
const params = new URLSearchParams(window.location.search);
void startedUp.then((repos) => {
  if (params.get('e2e') === '1') installE2eHooks(repos);
  if (params.get('ovopTest') === '1')
    installKillHooks(repos, { chunked: params.get('chunkedImportForTest') === '1' });
});
