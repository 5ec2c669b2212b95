import { attachmentOwnerKind } from '@shared/domain/identity/record-keys';
import { SYNC_KIND_LABELS, SYNC_SCOPES, kabKotaOfField, type SyncKind } from '@shared/sync/kinds';
import type { Actor } from '../db/pool';
import { HttpError } from '../http/http-error';

/** How a scope is looked up: through the push batch (its own changes included). */
export interface RecordLookup {
  alias(kind: SyncKind, id: string): string;
  read(
    kind: SyncKind,
    id: string,
  ): Promise<{ kab_kota_code: string | null; deleted: boolean } | undefined>;
}

/** The kab/kota a record belongs to (null: the province's or the programme's own). */
export async function scopeFor(
  tx: RecordLookup,
  actor: Actor,
  kind: SyncKind,
  id: string,
  data: Record<string, unknown>,
): Promise<string | null> {
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
      const ownerKind = attachmentOwnerKind(owner?.type);
      if (!ownerKind) throw new HttpError(422, `${label}: pemilik berkas tidak sah.`);
      return parentScope(tx, label, ownerKind, owner?.id);
    }
  }
}

async function parentScope(
  tx: RecordLookup,
  label: string,
  parentKind: SyncKind,
  parentId: unknown,
): Promise<string | null> {
  if (typeof parentId !== 'string')
    throw new HttpError(422, `${label}: tidak menunjuk ${SYNC_KIND_LABELS[parentKind]}.`);
  const parent = await tx.read(parentKind, tx.alias(parentKind, parentId));
  if (!parent || parent.deleted) {
    throw new HttpError(
      422,
      `${label}: ${SYNC_KIND_LABELS[parentKind]} ${parentId} belum ada di register bersama atau di luar wilayah Anda; kirim data induknya lebih dulu.`,
    );
  }
  return parent.kab_kota_code;
}

/** Who may write what: enforced here on every write (and again by row-level security). */
export function assertCanWrite(
  actor: Actor,
  provinceCode: string,
  kind: SyncKind,
  id: string,
  kabKota: string | null,
  currentKabKota: string | null | undefined,
): void {
  const label = `${SYNC_KIND_LABELS[kind]} ${id}`;
  if (actor.role === 'kabkota') {
    if (kind === 'rounds')
      throw new HttpError(
        403,
        'Petugas kabupaten/kota tidak dapat mengubah periode OVOP; periode dikelola staf provinsi.',
      );
    const own = actor.kabKotaCode;
    if (kabKota !== own || (currentKabKota !== undefined && currentKabKota !== own)) {
      throw new HttpError(
        403,
        `${label} berada di luar kabupaten/kota Anda (${own ?? '-'}); Anda hanya dapat mengubah data kabupaten/kota sendiri.`,
      );
    }
    return;
  }
  if (kabKota !== null && !kabKota.startsWith(`${provinceCode}.`)) {
    throw new HttpError(
      422,
      `${label}: kabupaten/kota ${kabKota} tidak berada di provinsi kantor ini (${provinceCode}).`,
    );
  }
}
