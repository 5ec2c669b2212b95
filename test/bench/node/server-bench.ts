import pg from 'pg';
import { startServer } from '../../../server/src/start';
import { makeEnterprise } from '../../support/factories/register';
import { makeAccounts, testConfig } from '../../server/support/harness';
import { postgresMissingReason, startCluster } from '../../server/support/pg-cluster';
import { judgeAgainstPeer, median, ratioTargetText, round, type BenchResult } from '../lib/result';

const BATCH = 500;

/**
 * Push throughput of the shared register's server (HTTP, sessions, schema checks, field merge,
 * natural keys, audit, ordered versions) against the same rows written straight into PostgreSQL
 * with one multi-row INSERT per batch, on the same cluster in the same run.
 */
export async function serverPushBench(rows: number, runs: number): Promise<BenchResult> {
  const name = `shared register: push ${rows.toLocaleString('en')} IKM (server, batches of ${BATCH})`;
  const missing = postgresMissingReason();
  if (missing)
    return {
      name,
      value: null,
      unit: 'rows/s',
      peer: null,
      peerValue: null,
      ratio: null,
      target: '≥ 0.5 × peer',
      met: false,
      note: missing,
    };
  const cluster = await startCluster();
  try {
    const ours: number[] = [];
    const peer: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const url = cluster.createDatabase(`bench_push_${run}`);
      const server = await startServer(testConfig(url), () => undefined);
      try {
        const { province } = await makeAccounts(server.url);
        const records = Array.from({ length: rows }, (_, i) =>
          makeEnterprise({
            id: `ikm-${run}-${i}` as never,
            nib: `9${String(i).padStart(12, '0')}`,
            regionCode: '63.03.07.2001',
          }),
        );
        let started = performance.now();
        for (let start = 0, m = 1; start < rows; start += BATCH) {
          const mutations = records.slice(start, start + BATCH).map(({ id, ...changes }) => ({
            mutationId: m++,
            kind: 'enterprises',
            id,
            op: 'put',
            changes,
            baseVersion: 0,
          }));
          const reply = await province.post('/sync/push', { clientId: 'bench-pc-1', mutations });
          if (reply.status !== 200) throw new Error(`push: ${JSON.stringify(reply.body)}`);
        }
        ours.push(rows / ((performance.now() - started) / 1000));

        const raw = new pg.Client({ connectionString: cluster.adminUrl(`bench_push_${run}`) });
        await raw.connect();
        await raw.query(
          'CREATE TABLE raw_records (kind text, id text, data jsonb, version bigint, PRIMARY KEY (kind, id))',
        );
        started = performance.now();
        for (let start = 0; start < rows; start += BATCH) {
          const slice = records.slice(start, start + BATCH);
          await raw.query('BEGIN');
          await raw.query(
            "INSERT INTO raw_records SELECT 'enterprises', id, data::jsonb, v FROM unnest($1::text[], $2::text[], $3::bigint[]) AS t(id, data, v)",
            [
              slice.map((r) => r.id),
              slice.map((r) => JSON.stringify(r)),
              slice.map((_, i) => start + i + 1),
            ],
          );
          await raw.query('COMMIT');
        }
        peer.push(rows / ((performance.now() - started) / 1000));
        await raw.end();
      } finally {
        await server.close();
      }
    }
    const value = round(median(ours), 0);
    const peerValue = round(median(peer), 0);
    return {
      name,
      value,
      unit: 'rows/s',
      peer: 'raw multi-row INSERT of the same rows, same cluster',
      peerValue,
      target: ratioTargetText({ atLeast: 0.5 }),
      ...judgeAgainstPeer(value, peerValue, { atLeast: 0.5 }),
      runs,
    };
  } finally {
    cluster.destroy();
  }
}
