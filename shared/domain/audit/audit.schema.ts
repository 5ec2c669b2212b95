import { z } from 'zod';
import { isoDateTimeSchema } from '../common/date';
import { auditIdSchema } from '../common/ids';
import { requiredText } from '../common/text';

const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'import', 'merge'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Dibuat',
  update: 'Diubah',
  delete: 'Dihapus',
  restore: 'Dipulihkan',
  import: 'Diimpor',
  merge: 'Digabung',
};

const fieldChangeSchema = z.object({
  field: z.string().min(1),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const auditEntrySchema = z.object({
  id: auditIdSchema,
  at: isoDateTimeSchema('Waktu'),
  /** Named user of this PC. */
  user: requiredText('Nama pengguna', 100),
  /**
   * The office whose register took the change, as its profile named it then (e.g. "DINAS
   * PERINDUSTRIAN (Provinsi Kalimantan Selatan)"): a province's edit to a kab/kota's record is the
   * province's. Absent for rows written before offices were named, or before a profile was saved.
   */
  office: z.string().max(400).optional(),
  /** Entity (table) name, e.g. 'enterprise'. */
  entity: requiredText('Jenis data', 50),
  entityId: requiredText('Id data', 100),
  action: z.enum(AUDIT_ACTIONS),
  changes: z.array(fieldChangeSchema).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
