import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SyncKind } from '@shared/sync/kinds';
import { SYSTEM_ACTOR, withTx, type Db, type Tx } from '../db/pool';
import { writeAudit } from './audit';
import { planRekey, type RekeyPlan } from './rekey-plan';
import { lockCounter, saveCounter, type RecordRow } from './record-sql';

/** What a start's re-keying changed (all zero when the register already follows the rules). */
export interface RekeyResult {
  keys: number;
  merged: number;
  repointed: number;
}

/** The source the natural keys are computed from: a change to any of it keys the register again. */
const RULE_SOURCES = [
  '../../../shared/domain/identity/record-keys.ts',
  '../../../shared/domain/identity/normalise.ts',
  './identity.ts',
  './rekey-plan.ts',
];

/** SHA-256 of the identity rules' source as this server runs it. */
export function identityRulesFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of RULE_SOURCES) hash.update(readFileSync(new URL(file, import.meta.url)));
  return hash.digest('hex');
}

const cols = <T, K extends keyof T>(rows: readonly T[], k: K): T[K][] => rows.map((r) => r[k]);

/**
 * Brings a register written under older identity rules (or by a server that stored no natural
 * keys) up to the current rules of shared/domain/identity, at every start, in one transaction:
 * natural keys recomputed, true duplicates merged as a push would merge them (an alias in
 * id_aliases, the duplicate a tombstone at a new version, its differing fields listed as
 * conflicts), references to a merged record pointed at the record kept (a new version each, so
 * PCs pull the change). A register that already follows the rules is left untouched, and one
 * keyed by the same rules (their source's fingerprint is kept in sync_state) is not read again.
 */
export async function rekeyRegister(
  db: Db,
  rules = identityRulesFingerprint(),
): Promise<RekeyResult> {
  return withTx(db, SYSTEM_ACTOR, async (tx) => {
    // Writers queue on the counter: nothing is pushed while the register is re-keyed.
    let version = await lockCounter(tx);
    const none = { keys: 0, merged: 0, repointed: 0 };
    // Keys computed by these very rules are not read again (a start then costs one row).
    const state = await tx.query<{ identity_rules: string | null }>(
      'SELECT identity_rules FROM sync_state WHERE id = 1',
    );
    if (state.rows[0]?.identity_rules === rules) return none;
    await tx.query('UPDATE sync_state SET identity_rules = $1 WHERE id = 1', [rules]);
    const live = await tx.query<RecordRow>('SELECT * FROM records WHERE NOT deleted');
    const aliases = await tx.query<{ kind: string; alias: string; id: string }>(
      'SELECT kind, alias, id FROM id_aliases',
    );
    const plan = planRekey(
      live.rows,
      new Map(aliases.rows.map((a) => [`${a.kind}\u0000${a.alias}`, a.id])),
    );
    const result = {
      keys: plan.keys.length,
      merged: plan.merged.length,
      repointed: plan.repointed.length,
    };
    if (result.keys + result.merged + result.repointed === 0) return result;
    version = await writePlan(tx, plan, version);
    await saveCounter(tx, version);
    await writeAudit(tx, null, 'rekey', undefined, undefined, {
      keys: result.keys,
      merged: plan.merged,
      repointed: plan.repointed.map((r) => ({ kind: r.kind, id: r.id, fields: r.fields })),
    });
    return result;
  });
}

/** Writes the plan after `version`; returns the last version handed out. */
async function writePlan(tx: Tx, plan: RekeyPlan, after: number): Promise<number> {
  let version = after;
  const merged = plan.merged.map((m) => ({ ...m, version: ++version }));
  // Tombstones first and keys cleared before they are set: the unique index on live keys never
  // sees two live records with one key, even when two records swap keys.
  await tx.query(
    `UPDATE records r SET deleted = true, version = m.version, updated_by = NULL, updated_at = now()
     FROM unnest($1::text[], $2::text[], $3::bigint[]) AS m(kind, id, version)
     WHERE r.kind = m.kind AND r.id = m.id`,
    [cols(merged, 'kind'), cols(merged, 'alias'), cols(merged, 'version')],
  );
  const keyed = [cols(plan.keys, 'kind'), cols(plan.keys, 'id')];
  await tx.query(
    `UPDATE records r SET natural_key = NULL FROM unnest($1::text[], $2::text[]) AS k(kind, id)
     WHERE r.kind = k.kind AND r.id = k.id`,
    keyed,
  );
  await tx.query(
    `UPDATE records r SET natural_key = k.key FROM unnest($1::text[], $2::text[], $3::text[]) AS k(kind, id, key)
     WHERE r.kind = k.kind AND r.id = k.id`,
    [...keyed, cols(plan.keys, 'key')],
  );
  await tx.query(
    `INSERT INTO id_aliases (kind, alias, id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (kind, alias) DO UPDATE SET id = excluded.id`,
    [cols(plan.merged, 'kind'), cols(plan.merged, 'alias'), cols(plan.merged, 'id')],
  );
  // Aliases that named a record now merged name the record kept.
  await tx.query(
    `UPDATE id_aliases a SET id = m.id FROM unnest($1::text[], $2::text[], $3::text[]) AS m(kind, alias, id)
     WHERE a.kind = m.kind AND a.id = m.alias`,
    [cols(plan.merged, 'kind'), cols(plan.merged, 'alias'), cols(plan.merged, 'id')],
  );
  const exits: { version: number; kind: SyncKind; id: string; kabKota: string }[] = [];
  const repointed = plan.repointed.map((r) => {
    const stamped = { ...r, version: ++version };
    if (r.previousKabKota && r.previousKabKota !== r.kabKota)
      exits.push({ version: ++version, kind: r.kind, id: r.id, kabKota: r.previousKabKota });
    return stamped;
  });
  await tx.query(
    `UPDATE records r SET data = p.data, kab_kota_code = p.kab, version = p.version, updated_by = NULL, updated_at = now(),
       field_versions = r.field_versions || (SELECT jsonb_object_agg(f, p.version) FROM jsonb_array_elements_text(p.fields) AS f),
       field_authors = r.field_authors || (SELECT jsonb_object_agg(f, $2::text) FROM jsonb_array_elements_text(p.fields) AS f)
     FROM jsonb_to_recordset($1::jsonb) AS p(kind text, id text, data jsonb, kab text, version bigint, fields jsonb)
     WHERE r.kind = p.kind AND r.id = p.id`,
    [
      JSON.stringify(
        repointed.map((r) => ({
          kind: r.kind,
          id: r.id,
          data: r.data,
          kab: r.kabKota,
          version: r.version,
          fields: r.fields,
        })),
      ),
      SYSTEM_ACTOR.displayName,
    ],
  );
  await tx.query(
    'INSERT INTO scope_exits (version, kind, id, kab_kota_code) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])',
    [cols(exits, 'version'), cols(exits, 'kind'), cols(exits, 'id'), cols(exits, 'kabKota')],
  );
  const c = plan.conflicts;
  await tx.query(
    `INSERT INTO conflicts (kind, record_id, kab_kota_code, field, kept_value, kept_by, other_value, other_by)
     SELECT kind, rid, kab, field, kept::jsonb, kept_by, other::jsonb, other_by
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(kind, rid, kab, field, kept, kept_by, other, other_by)`,
    [
      cols(c, 'kind'),
      cols(c, 'id'),
      cols(c, 'kabKota'),
      cols(c, 'field'),
      c.map((x) => JSON.stringify(x.kept)),
      cols(c, 'keptBy'),
      c.map((x) => JSON.stringify(x.other)),
      cols(c, 'otherBy'),
    ],
  );
  return version;
}
