import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = load(
  readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('sets every security fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs into asar with a fixed identity', () => {
    expect(config.asar).toBe(true);
    expect(config.appId).toBe('id.go.ovopdesk.app');
    expect(config.productName).toBe('OVOP Desk');
  });

  it('builds an NSIS installer in Indonesian and English that offers per-user or per-machine, and AppImage + deb', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      installerLanguages: ['id_ID', 'en_US'],
    });
    const linux = config.linux as { target: string[] };
    expect(linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('pins the NSIS GUID so upgrades and uninstall find the installed app', () => {
    expect((config.nsis as { guid: string }).guid).toBe('6f0b7a3e-2c1d-4e8a-9b57-0d4c3a1e9f62');
  });

  it('keeps the Linux sandbox on and names the desktop entry after desktopName', () => {
    const linux = config.linux as { syncDesktopName?: boolean; executableArgs?: string[] };
    const deb = config.deb as { appArmorProfile?: unknown; maintainer: string };
    expect(linux.syncDesktopName).toBe(true);
    expect(linux.executableArgs ?? []).not.toContain('--no-sandbox');
    // electron-builder installs its AppArmor profile with the deb unless this is set to null.
    expect(deb.appArmorProfile).toBeUndefined();
    expect(deb.maintainer).not.toMatch(/example/);
  });

  it('ships only the built app, never sources or source maps', () => {
    const files = config.files as string[];
    expect(files).toEqual(
      expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', 'package.json']),
    );
    expect(files).toContain('!dist-electron/**/*.map');
    expect(
      files.some(
        (f) => f.startsWith('electron/') || f.startsWith('renderer/') || f.startsWith('shared/'),
      ),
    ).toBe(false);
  });
});
