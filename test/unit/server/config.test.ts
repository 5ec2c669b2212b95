import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/src/config';

describe('server configuration', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const file = (content: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'ovop-config-'));
    dirs.push(dir);
    const path = join(dir, 'server.json');
    writeFileSync(path, content);
    return path;
  };

  it('takes defaults for everything but the database address', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://ovop@127.0.0.1/ovop' });
    expect(config).toMatchObject({
      OVOP_SERVER_PORT: 8787,
      OVOP_SERVER_HOST: '127.0.0.1',
      OVOP_SESSION_HOURS: 12,
      OVOP_MAX_ATTACHMENT_MB: 25,
    });
  });

  it('says in Indonesian what is missing or wrong', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL wajib diisi/);
    expect(() => loadConfig({ DATABASE_URL: 'x', OVOP_SERVER_PORT: 'delapan' })).toThrow(
      /Konfigurasi server tidak sah: OVOP_SERVER_PORT/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'x', OVOP_TLS_CERT: '/etc/ssl/a.pem' })).toThrow(
      /OVOP_TLS_CERT dan OVOP_TLS_KEY harus diisi berdua/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'x', OVOP_PROVINCE_CODE: 'Kalsel' })).toThrow(
      /dua angka/,
    );
  });

  it('reads a config file that the environment overrides', () => {
    const path = file(
      JSON.stringify({
        DATABASE_URL: 'postgres://dari-berkas/ovop',
        OVOP_SERVER_PORT: 9000,
        OVOP_SESSION_HOURS: 8,
      }),
    );
    const config = loadConfig({ OVOP_SERVER_CONFIG: path, OVOP_SESSION_HOURS: '4' });
    expect(config).toMatchObject({
      DATABASE_URL: 'postgres://dari-berkas/ovop',
      OVOP_SERVER_PORT: 9000,
      OVOP_SESSION_HOURS: 4,
    });
    expect(() => loadConfig({ OVOP_SERVER_CONFIG: file('{ bukan json') })).toThrow(
      /tidak dapat dibaca/,
    );
  });
});
