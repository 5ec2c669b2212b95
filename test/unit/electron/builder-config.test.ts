import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = load(readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;

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

  it('builds a per-user NSIS installer in Indonesian and English, and AppImage + deb', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['id_ID', 'en_US'] });
    const linux = config.linux as { target: string[] };
    expect(linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('ships only the built app, never sources or source maps', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', 'package.json']));
    expect(files).toContain('!dist-electron/**/*.map');
    expect(files.some((f) => f.startsWith('electron/') || f.startsWith('renderer/') || f.startsWith('shared/'))).toBe(false);
  });
});
