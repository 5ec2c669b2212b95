import { identityKey, type IdentitySource } from '@shared/domain/identity/record-keys';
import type { SyncKind } from '@shared/sync/kinds';

/**
 * The key under which the register knows a record as a real-world thing (the identity rules of
 * `shared/domain/identity`), or undefined when it has none worth matching on: a weak key (an IKM
 * without NIB is only a candidate an officer confirms) or a record known by its id only. `source`
 * must hold the record's parents (a product's IKM, a nomination's round and product).
 */
export function registerKey(
  kind: SyncKind,
  id: string,
  data: Readonly<Record<string, unknown>>,
  source: IdentitySource,
): string | undefined {
  const row =
    data.id === id ? (data as Readonly<Record<string, unknown>> & { id: string }) : { ...data, id };
  const key = identityKey(kind, row, source);
  return key.weak || key.key === `${kind}#${id}` ? undefined : key.key;
}
