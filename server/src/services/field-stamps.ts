import type { StoredFields } from '@shared/sync/field-merge';

/** A stored record's field stamps as the `records` row keeps them (see migration 0002). */
export interface StampedRow {
  data: Record<string, unknown>;
  field_versions: Record<string, number>;
  field_authors: Record<string, string>;
  /** The version and author every field carries unless the maps name a later change; null: full maps. */
  created_version: string | number | null;
  created_by: string | null;
}

/** Every field's version and author, as the field merge reads them. */
export function expandStamps(row: StampedRow): StoredFields {
  if (row.created_version === null)
    return { data: row.data, fieldVersions: row.field_versions, fieldAuthors: row.field_authors };
  const version = Number(row.created_version);
  const author = row.created_by ?? '';
  const fieldVersions: Record<string, number> = {};
  const fieldAuthors: Record<string, string> = {};
  for (const field of Object.keys(row.data)) {
    fieldVersions[field] = version;
    fieldAuthors[field] = author;
  }
  return {
    data: row.data,
    fieldVersions: Object.assign(fieldVersions, row.field_versions),
    fieldAuthors: Object.assign(fieldAuthors, row.field_authors),
  };
}

/** Only the stamps of fields changed after the record was created (null created: all of them). */
export function compactStamps(
  fields: Pick<StoredFields, 'fieldVersions' | 'fieldAuthors'>,
  createdVersion: number | null,
  createdBy: string | null,
): Pick<StampedRow, 'field_versions' | 'field_authors'> {
  if (createdVersion === null)
    return {
      field_versions: { ...fields.fieldVersions },
      field_authors: { ...fields.fieldAuthors },
    };
  const field_versions: Record<string, number> = {};
  const field_authors: Record<string, string> = {};
  for (const [field, version] of Object.entries(fields.fieldVersions)) {
    const author = fields.fieldAuthors[field] ?? '';
    if (version === createdVersion && author === (createdBy ?? '')) continue;
    field_versions[field] = version;
    field_authors[field] = author;
  }
  return { field_versions, field_authors };
}
