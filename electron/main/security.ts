import type { App, Session, WebContents } from 'electron';
import { shell } from 'electron';
import {
  decideWindowOpen,
  isNavigationAllowed,
  isPermissionAllowed,
  isSubframeNavigationAllowed,
} from './security-policy';

/** Guards every WebContents the app ever creates: navigation, new windows, webviews. */
export function guardWebContents(contents: WebContents): void {
  const blockForeign = (event: { preventDefault: () => void }, url: string): void => {
    if (isNavigationAllowed(url)) return;
    event.preventDefault();
    if (decideWindowOpen(url).openExternally) void shell.openExternal(url);
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isSubframeNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
}

/** Denies every permission request and check unless the policy allows it for the app origin. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl || contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}

export function installSecurityGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
