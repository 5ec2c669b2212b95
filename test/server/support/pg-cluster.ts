import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away PostgreSQL cluster for tests: initdb into a temporary folder, a loopback port, and a
 * non-superuser owner role (row-level security does not apply to superusers). As root the cluster
 * runs as the `postgres` user.
 */
export interface PgCluster {
  readonly port: number;
  readonly dir: string;
  /** URL of a fresh database owned by the app role. */
  createDatabase(name: string): string;
  /** URL for the superuser, for test set-up and inspection. */
  adminUrl(database: string): string;
  start(): void;
  /** `immediate` simulates a crash. */
  stop(mode?: 'fast' | 'immediate'): void;
  /** SIGKILL of the postmaster, as a power cut would. */
  kill(): void;
  destroy(): void;
}

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** Why the PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissingReason(): string | undefined {
  return postgresBinDir()
    ? undefined
    : 'PostgreSQL tidak terpasang (/usr/lib/postgresql/*/bin/initdb tidak ada); pasang paket Debian `postgresql`.';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const isRoot = process.getuid?.() === 0;

function asPostgres(command: string, args: string[]): void {
  const [cmd, argv] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} gagal: ${result.stderr || result.stdout}`);
}

export async function startCluster(): Promise<PgCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(postgresMissingReason());
  const dir = mkdtempSync(join(tmpdir(), 'ovop-pg-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  asPostgres(join(bin, 'initdb'), [
    '-D',
    dir,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  const start = (): void =>
    asPostgres(join(bin, 'pg_ctl'), [
      '-D',
      dir,
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      'start',
    ]);
  start();
  const psql = (sql: string, database = 'postgres'): void =>
    asPostgres(join(bin, 'psql'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      database,
      '-v',
      'ON_ERROR_STOP=1',
      '-q',
      '-c',
      sql,
    ]);
  psql('CREATE ROLE ovop LOGIN');
  return {
    port,
    dir,
    createDatabase(name) {
      psql(`CREATE DATABASE ${name} OWNER ovop`);
      return `postgres://ovop@127.0.0.1:${port}/${name}`;
    },
    adminUrl: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop(mode = 'fast') {
      asPostgres(join(bin, 'pg_ctl'), ['-D', dir, '-m', mode, '-w', 'stop']);
    },
    kill() {
      const pid = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGKILL');
      // The postmaster's children notice and exit; wait for the pid file's owner to go.
      for (let i = 0; i < 100; i += 1) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        spawnSync('sleep', ['0.05']);
      }
      spawnSync('sleep', ['0.5']);
    },
    destroy() {
      try {
        asPostgres(join(bin, 'pg_ctl'), ['-D', dir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
