import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { migrate } from './db/migrate';
import { createPool, type Db } from './db/pool';
import { buildApp } from './http/app';
import { bootstrap } from './services/auth-service';
import { rekeyRegister } from './services/rekey';

const SERVER_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly url: string;
  close(): Promise<void>;
}

/** Migrates, prepares the first office/admin when asked, and listens. Waits for PostgreSQL at start. */
export async function startServer(
  config: ServerConfig,
  log: (message: string) => void = console.log,
): Promise<RunningServer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const applied = await migrate(config.DATABASE_URL);
      if (applied.length > 0) log(`Migrasi diterapkan: ${applied.join(', ')}`);
      break;
    } catch (error) {
      if (attempt >= 30) throw error;
      log(
        `PostgreSQL belum dapat dihubungi (${error instanceof Error ? error.message : String(error)}); mencoba lagi…`,
      );
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
  const db = createPool(config.DATABASE_URL);
  // Records written under older identity rules are keyed (and their duplicates merged) anew.
  const rekeyed = await rekeyRegister(db);
  if (rekeyed.keys + rekeyed.merged + rekeyed.repointed > 0)
    log(
      `Kunci identitas diperbarui: ${rekeyed.keys} kunci, ${rekeyed.merged} duplikat digabungkan, ${rekeyed.repointed} rujukan dialihkan`,
    );
  await bootstrap(db, config);
  const https =
    config.OVOP_TLS_CERT && config.OVOP_TLS_KEY
      ? { cert: readFileSync(config.OVOP_TLS_CERT), key: readFileSync(config.OVOP_TLS_KEY) }
      : undefined;
  // Pushes send their statements without waiting for each one; everything else reads on `db`.
  const pushDb = createPool(config.DATABASE_URL, { pipeline: true });
  const app = buildApp({
    db,
    pushDb,
    config,
    version: SERVER_VERSION,
    ...(https ? { https } : {}),
  });
  const address = await app.listen({
    port: config.OVOP_SERVER_PORT,
    host: config.OVOP_SERVER_HOST,
  });
  return {
    app,
    db,
    url: address,
    close: async () => {
      await app.close();
      await Promise.all([db.end(), pushDb.end()]);
    },
  };
}
