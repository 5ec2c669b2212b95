/**
 * The rows of a table-at-a-time read (`listByEnterprises`, `listByOwners`) per owner: every id of
 * `ids` present, with no rows if it has none, each owner's rows in the order they were read.
 */
export function groupedBy<E>(
  ids: readonly string[],
  rows: readonly E[],
  owner: (row: E) => string,
): Map<string, E[]> {
  const groups = new Map<string, E[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(owner(row))?.push(row);
  return groups;
}
