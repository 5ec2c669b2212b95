import { afterAll, beforeAll } from 'vitest';
import { postgresMissingReason, startCluster, type PgCluster } from './pg-cluster';

export const PG_MISSING = postgresMissingReason();
if (PG_MISSING) console.warn(`Uji server dilewati: ${PG_MISSING}`);

/** One throw-away cluster per test file; `cluster()` is valid inside tests. */
export function useCluster(): () => PgCluster {
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    if (!PG_MISSING) cluster = await startCluster();
  });
  afterAll(() => cluster?.destroy());
  return () => {
    if (!cluster) throw new Error('cluster not started');
    return cluster;
  };
}

let databases = 0;
export function databaseName(prefix: string): string {
  databases += 1;
  return `${prefix}_${process.pid}_${databases}`;
}
