import { describe, expect, it } from 'vitest';
import { mergeFields } from '@shared/sync/field-merge';
import { compactStamps, expandStamps } from '../../server/src/services/field-stamps';

describe('field stamps kept short', () => {
  const { conflicts: none, ...created } = mergeFields({
    current: undefined,
    changes: { name: 'UD Purun', phone: '0511-1' },
    baseVersion: 0,
    author: 'Rina',
    version: 7,
  });
  expect(none).toEqual([]);

  it('stores nothing for a new record and gives every field its creation stamp back', () => {
    const stored = compactStamps(created, 7, 'Rina');
    expect(stored).toEqual({ field_versions: {}, field_authors: {} });
    expect(
      expandStamps({ data: created.data, ...stored, created_version: '7', created_by: 'Rina' }),
    ).toEqual(created);
  });

  it('keeps the stamps of fields changed later, so a stale edit of them is still a conflict', () => {
    const edited = mergeFields({
      current: created,
      changes: { phone: '0511-2' },
      baseVersion: 7,
      author: 'Budi',
      version: 9,
    });
    const stored = compactStamps(edited, 7, 'Rina');
    expect(stored).toEqual({ field_versions: { phone: 9 }, field_authors: { phone: 'Budi' } });
    const back = expandStamps({
      data: edited.data,
      ...stored,
      created_version: 7,
      created_by: 'Rina',
    });
    expect(back).toEqual({
      data: edited.data,
      fieldVersions: edited.fieldVersions,
      fieldAuthors: edited.fieldAuthors,
    });
    const stale = mergeFields({
      current: back,
      changes: { phone: '0511-3' },
      baseVersion: 8,
      author: 'Sari',
      version: 10,
    });
    expect(stale.conflicts).toEqual([
      {
        field: 'phone',
        keptValue: '0511-3',
        keptBy: 'Sari',
        otherValue: '0511-2',
        otherBy: 'Budi',
      },
    ]);
  });

  it('reads rows written with full maps as they are', () => {
    const row = {
      data: created.data,
      field_versions: created.fieldVersions,
      field_authors: created.fieldAuthors,
    };
    expect(expandStamps({ ...row, created_version: null, created_by: null })).toEqual(created);
    expect(compactStamps(created, null, null)).toEqual({
      field_versions: row.field_versions,
      field_authors: row.field_authors,
    });
  });
});
