import { describe, expect, it } from 'vitest';
import {
  auditActionText,
  formatAuditTime,
  formatAuditValue,
  formatFieldChange,
  visibleChanges,
} from '../../../../renderer/src/ui/audit-format';

describe('audit history formatting', () => {
  it('shows the local date and time the Indonesian way', () => {
    const at = new Date(2024, 4, 21, 14, 5).toISOString();
    expect(formatAuditTime(at)).toBe('21 Mei 2024 14.05');
    expect(formatAuditTime(new Date(2025, 0, 3, 8, 0).toISOString())).toBe('3 Januari 2025 08.00');
  });

  it('names every action with an Indonesian verb', () => {
    expect(auditActionText('create')).toBe('dibuat');
    expect(auditActionText('update')).toBe('diubah');
    expect(auditActionText('delete')).toBe('dihapus');
    expect(auditActionText('restore')).toBe('dipulihkan');
    expect(auditActionText('import')).toBe('diimpor');
    expect(auditActionText('merge')).toBe('digabung');
  });

  it('writes values as plain text, marks empty ones and shortens long ones', () => {
    expect(formatAuditValue('UD Kerupuk Haruan')).toBe('UD Kerupuk Haruan');
    expect(formatAuditValue(null)).toBe('(kosong)');
    expect(formatAuditValue('')).toBe('(kosong)');
    expect(formatAuditValue(12)).toBe('12');
    expect(formatAuditValue(true)).toBe('true');
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
    const long = formatAuditValue('x'.repeat(200));
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
    expect(formatAuditValue('<b>tebal</b>')).toBe('<b>tebal</b>');
  });

  it('labels a changed field and shows before → after', () => {
    expect(
      formatFieldChange(
        { field: 'name', before: 'UD Lama', after: 'UD Baru' },
        { name: 'Nama IKM' },
      ),
    ).toBe('Nama IKM: UD Lama → UD Baru');
    expect(formatFieldChange({ field: 'phone', before: null, after: '0812' })).toBe(
      'phone: (kosong) → 0812',
    );
  });
});

describe('which changes an entry lists', () => {
  it('lists real edits but not ids, not no-op empties, and nothing for a creation', () => {
    const changes = [
      { field: 'id', before: null, after: 'e1' },
      { field: 'name', before: 'UD Lama', after: 'UD Baru' },
      { field: 'siinasAccount', before: '', after: null },
    ];
    expect(visibleChanges({ action: 'update', changes }).map((c) => c.field)).toEqual(['name']);
    expect(visibleChanges({ action: 'create', changes })).toEqual([]);
    expect(visibleChanges({ action: 'delete' })).toEqual([]);
  });
});
