import { OWNER_TYPE_KINDS, SYNC_KIND_LABELS, SYNC_SCOPES, kabKotaOfField, type SyncKind } from '@shared/sync/kinds';
import type { Actor, Tx } from '../db/pool';
import { HttpError } from '../http/http-error';
import { resolveAlias, scopeOf } from './record-sql';

/** The kab/kota a record belongs to (null: the province's or the programme's own). */
export async function scopeFor(tx: Tx, actor: Actor, kind: SyncKind, id: string, data: Record<string, unknown>): Promise<string | null> {
  const scope = SYNC_SCOPES[kind];
  const label = `${SYNC_KIND_LABELS[kind]} ${id}`;
  switch (scope.type) {
    case 'global':
      return null;
    case 'author':
      return actor.kabKotaCode;
    case 'region': {
      const kabKota = kabKotaOfField(data, scope.field);
      if (!kabKota) throw new HttpError(422, `${label}: wilayahnya tidak sah.`);
      return kabKota;
    }
    case 'parent':
      return parentScope(tx, label, scope.kind, data[scope.field]);
    case 'owner': {
      const owner = data.owner as { type?: unknown; id?: unknown } | undefined;
      const ownerKind = typeof owner?.type === 'string' ? OWNER_TYPE_KINDS[owner.type] : undefined;
      if (!ownerKind) throw new HttpError(422, `${label}: pemilik berkas tidak sah.`);
      return parentScope(tx, label, ownerKind, owner?.id);
    }
  }
}

async function parentScope(tx: Tx, label: string, parentKind: SyncKind, parentId: unknown): Promise<string | null> {
  if (typeof parentId !== 'string') throw new HttpError(422, `${label}: tidak menunjuk ${SYNC_KIND_LABELS[parentKind]}.`);
  const parent = await scopeOf(tx, parentKind, await resolveAlias(tx, parentKind, parentId));
  if (!parent.found) {
    throw new HttpError(422, `${label}: ${SYNC_KIND_LABELS[parentKind]} ${parentId} belum ada di register bersama atau di luar wilayah Anda; kirim data induknya lebih dulu.`);
  }
  return parent.kabKota;
}

/** Who may write what: enforced here on every write (and again by row-level security). */
export function assertCanWrite(actor: Actor, provinceCode: string, kind: SyncKind, id: string, kabKota: string | null, currentKabKota: string | null | undefined): void {
  const label = `${SYNC_KIND_LABELS[kind]} ${id}`;
  if (actor.role === 'kabkota') {
    if (kind === 'rounds') throw new HttpError(403, 'Petugas kabupaten/kota tidak dapat mengubah periode OVOP; periode dikelola staf provinsi.');
    const own = actor.kabKotaCode;
    if (kabKota !== own || (currentKabKota !== undefined && currentKabKota !== own)) {
      throw new HttpError(403, `${label} berada di luar kabupaten/kota Anda (${own ?? '-'}); Anda hanya dapat mengubah data kabupaten/kota sendiri.`);
    }
    return;
  }
  if (kabKota !== null && !kabKota.startsWith(`${provinceCode}.`)) {
    throw new HttpError(422, `${label}: kabupaten/kota ${kabKota} tidak berada di provinsi kantor ini (${provinceCode}).`);
  }
}
