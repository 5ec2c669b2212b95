import { describe, expect, it } from 'vitest';
import { diffRecords } from '@shared/domain/audit/audit';
import { makeEnterprise, makeProduct } from '../../../../support/factories/register';

describe('diffRecords', () => {
  it('lists only the fields that changed, with before and after', () => {
    const before = makeEnterprise({ workerCount: 8, phone: '0812-1111-2222' });
    const after = {
      ...before,
      workerCount: 12,
      phone: '0812-3333-4444',
      updatedAt: '2026-04-01T00:00:00.000Z',
    };
    expect(diffRecords(before, after)).toEqual([
      { field: 'phone', before: '0812-1111-2222', after: '0812-3333-4444' },
      { field: 'workerCount', before: 8, after: 12 },
    ]);
  });

  it('compares nested values by content, not identity', () => {
    const before = makeProduct();
    const same = {
      ...before,
      market: { ...before.market, exportDestinations: [...before.market.exportDestinations] },
    };
    expect(diffRecords(before, same)).toEqual([]);
    const changed = {
      ...before,
      market: { ...before.market, export: true, exportDestinations: ['Malaysia'] },
    };
    expect(diffRecords(before, changed).map((c) => c.field)).toEqual(['market']);
  });

  it('shows a field added or removed as undefined on the other side', () => {
    const before = makeEnterprise();
    const { yearFounded: _y, ...withoutYear } = before;
    expect(diffRecords(before, { ...withoutYear, siinasAccount: 'ikm-berkah' })).toEqual([
      { field: 'siinasAccount', before: undefined, after: 'ikm-berkah' },
      { field: 'yearFounded', before: 2012, after: undefined },
    ]);
  });

  it('records a soft delete as a change of deletedAt', () => {
    const before = makeEnterprise();
    expect(diffRecords(before, { ...before, deletedAt: '2026-04-01T00:00:00.000Z' })).toEqual([
      { field: 'deletedAt', before: undefined, after: '2026-04-01T00:00:00.000Z' },
    ]);
  });
});
