import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../../electron/main/window';

describe('windowOptions', () => {
  const prefs = windowOptions('/app/dist-electron/preload/index.cjs').webPreferences;

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('enables no extra Blink features and turns off middle-click new windows', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs?.disableBlinkFeatures).toBe('Auxclick');
  });
});
