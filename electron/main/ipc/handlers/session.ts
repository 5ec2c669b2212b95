import type { HandlerMap } from '../handler-map';
import type { SessionTokenVault } from '../../services/session-token-vault';

type SessionChannel = 'session:load-token' | 'session:save-token' | 'session:clear-token';

/** The sync server's session token, kept with the OS's protected storage (see the vault). */
export function sessionHandlers<S>(vault: SessionTokenVault): Pick<HandlerMap<S>, SessionChannel> {
  return {
    'session:load-token': async () => ({ token: await vault.load() }),
    'session:save-token': ({ token }) => vault.save(token),
    'session:clear-token': async () => ({ cleared: await vault.clear() }),
  };
}
