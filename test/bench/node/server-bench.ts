import pg from 'pg';
import { PUSH_BATCH_MAX } from '@shared/sync/protocol.schema';
import { startServer } from '../../../server/src/start';
import { makeEnterprise } from '../../support/factories/register';
import { makeAccounts, put, testConfig } from '../../server/support/harness';
import { postgresMissingReason, startCluster } from '../../server/support/pg-cluster';
import { judgeAgainstPeer, median, ratioTargetText, round, type BenchResult } from '../lib/result';

// As the desktop app pushes its outbox (renderer/src/db/sync/push.ts); the peer writes the same batches.
const BATCH = PUSH_BATCH_MAX;
const PAGE = 5000;

/**
 * Push throughput of the shared register's server (HTTP, sessions, schema checks, field merge,
 * natural keys, audit, ordered versions) against the same rows written straight into PostgreSQL
 * with one multi-row INSERT per batch, on the same cluster in the same run.
 */
export async function serverPushBench(rows: number, runs: number): Promise<BenchResult[]> {
  const name = `shared register: push ${rows.toLocaleString('en')} IKM (server, batches of ${BATCH.toLocaleString('en')})`;
  const pullName = `shared register: first pull of ${rows.toLocaleString('en')} IKM (server, pages of ${PAGE} by version cursor)`;
  const missing = postgresMissingReason();
  if (missing)
    return [name, pullName].map((n) => ({
      name: n,
      value: null,
      unit: 'rows/s',
      peer: null,
      peerValue: null,
      ratio: null,
      target: '≥ 0.5 × peer',
      met: false,
      note: missing,
    }));
  const cluster = await startCluster();
  try {
    const ours: number[] = [];
    const peer: number[] = [];
    const pulls: number[] = [];
    const pullPeers: number[] = [];
    // Round 0 warms both sides (V8 optimises the server's code, the driver's and the JSON
    // functions over its first tens of thousands of records, as a running server has long done)
    // and is not counted. The side that goes first alternates from round to round: the first one
    // also pays for what the round set up (the young records it makes are moved into the old heap
    // during its writes, and PostgreSQL's own work on the new database), which measured about a
    // tenth of the push either way.
    for (let run = 0; run <= runs; run += 1) {
      const counted = run > 0;
      const url = cluster.createDatabase(`bench_push_${run}`);
      const server = await startServer(testConfig(url), () => undefined);
      const raw = new pg.Client({ connectionString: cluster.adminUrl(`bench_push_${run}`) });
      try {
        const { province } = await makeAccounts(server.url);
        await raw.connect();
        await raw.query(
          'CREATE TABLE raw_records (kind text, id text, data jsonb, version bigint, PRIMARY KEY (kind, id))',
        );
        const records = Array.from({ length: rows }, (_, i) =>
          makeEnterprise({
            id: `ikm-${run}-${i}` as never,
            nib: `9${String(i).padStart(12, '0')}`,
            regionCode: '63.03.07.2001',
          }),
        );
        const pushOurs = async (): Promise<void> => {
          const started = performance.now();
          for (let start = 0, m = 1; start < rows; start += BATCH) {
            const mutations = records
              .slice(start, start + BATCH)
              .map((record) => put('enterprises', record, 0, m++));
            const reply = await province.post('/sync/push', { clientId: 'bench-pc-1', mutations });
            if (reply.status !== 200) throw new Error(`push: ${JSON.stringify(reply.body)}`);
          }
          if (counted) ours.push(rows / ((performance.now() - started) / 1000));
        };
        const pushPeer = async (): Promise<void> => {
          const started = performance.now();
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
          if (counted) peer.push(rows / ((performance.now() - started) / 1000));
        };
        // A new PC's first pull: every page after its cursor until none is left.
        const pullOurs = async (): Promise<void> => {
          const started = performance.now();
          let pulled = 0;
          for (let after = 0, more = true; more;) {
            const reply = await province.get<{ changes: unknown[]; cursor: number; more: boolean }>(
              `/sync/pull?after=${after}&limit=${PAGE}`,
            );
            if (reply.status !== 200) throw new Error(`pull: ${JSON.stringify(reply.body)}`);
            pulled += reply.body.changes.length;
            ({ cursor: after, more } = reply.body);
          }
          if (pulled !== rows) throw new Error(`pull: ${pulled} of ${rows} rows`);
          if (counted) pulls.push(rows / ((performance.now() - started) / 1000));
        };
        const pullPeer = async (): Promise<void> => {
          const started = performance.now();
          for (let after = 0; ;) {
            const page = await raw.query<{ version: string }>(
              'SELECT version, kind, id, data FROM raw_records WHERE version > $1 ORDER BY version LIMIT $2',
              [after, PAGE],
            );
            if (page.rows.length === 0) break;
            after = Number(page.rows.at(-1)?.version);
          }
          if (counted) pullPeers.push(rows / ((performance.now() - started) / 1000));
        };
        const oursFirst = run % 2 === 1;
        for (const step of oursFirst ? [pushOurs, pushPeer] : [pushPeer, pushOurs]) await step();
        await raw.query('CREATE INDEX raw_records_version ON raw_records (version)');
        for (const step of oursFirst ? [pullOurs, pullPeer] : [pullPeer, pullOurs]) await step();
      } finally {
        await raw.end();
        await server.close();
      }
    }
    const result = (n: string, mine: number[], theirs: number[], peerName: string): BenchResult => {
      const value = round(median(mine), 0);
      const peerValue = round(median(theirs), 0);
      return {
        name: n,
        value,
        unit: 'rows/s',
        peer: peerName,
        peerValue,
        target: ratioTargetText({ atLeast: 0.5 }),
        ...judgeAgainstPeer(value, peerValue, { atLeast: 0.5 }),
        runs,
        note: `Median of ${runs} rounds, each into a new database, the side that goes first alternating; a first round warms both sides' code and is not counted.`,
      };
    };
    return [
      result(name, ours, peer, 'raw multi-row INSERT of the same rows, same cluster'),
      result(
        pullName,
        pulls,
        pullPeers,
        'raw paged SELECT of the same rows by version, same cluster (no HTTP)',
      ),
    ];
  } finally {
    cluster.destroy();
  }
}
