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

/** One IKM an import created: enough to name it in the history without the register. */
const importedRecordSchema = z.object({
  id: z.string().min(1),
  nib: z.string(),
  name: z.string(),
});
export type ImportedRecord = z.infer<typeof importedRecordSchema>;

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
  /**
   * An import's row: the spreadsheet it read (absent for an exchange bundle, or for imports made
   * before file names were kept).
   */
  fileName: z.string().max(400).optional(),
  /**
   * An import's row: the IKM it created, as the file named them. The import created them, and
   * their products and legalitas, at the row's own time (`at`): a record's history finds the row
   * by that time.
   */
  records: z.array(importedRecordSchema).optional(),
  /**
   * Rows of imports written before their records shared the row's time: the id of every record
   * the import created (IKM, products, legalitas), under the multi-entry index `*recordIds`.
   * Imports before schema version 8 wrote one `create` row per record instead.
   */
  recordIds: z.array(z.string().min(1)).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
