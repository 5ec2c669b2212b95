import { z } from 'zod';
import { kabKotaOf } from '@shared/domain/common/region';
import {
  DECREE_SIGNER_ROLES,
  sentraDecreeFormSchema,
  sentraFormSchema,
  type Sentra,
  type SentraDecreeForm,
  type SentraForm,
} from '@shared/domain/sentra/sentra';

/** How the sentra form treats its SK penetapan. */
export const DECREE_MODES = ['none', 'existing', 'new'] as const;
export type DecreeMode = (typeof DECREE_MODES)[number];
export const DECREE_MODE_LABELS: Record<DecreeMode, string> = {
  none: 'Belum ada SK',
  existing: 'Pilih SK yang sudah ada',
  new: 'SK baru',
};

const newDecreeFields = sentraDecreeFormSchema.pick({
  number: true,
  date: true,
  signedBy: true,
  signerRole: true,
});

/** The sentra form: the domain sentra form plus the SK choice; a new SK is checked with the domain SK schema. */
export const sentraEditorSchema = sentraFormSchema
  .extend({
    decreeMode: z.enum(DECREE_MODES),
    newDecree: z.object({
      number: z.string(),
      date: z.string(),
      signedBy: z.string(),
      signerRole: z.string(),
    }),
  })
  .superRefine((v, ctx) => {
    if (v.decreeMode === 'existing' && v.decreeId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['decreeId'],
        message: 'Pilih SK penetapan yang sudah ada',
      });
    }
    if (v.decreeMode === 'new') {
      const parsed = newDecreeFields.safeParse(v.newDecree);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          ctx.addIssue({
            code: 'custom',
            path: ['newDecree', ...issue.path.map(String)],
            message: issue.message,
          });
      }
    }
  });

export type SentraEditorInput = z.input<typeof sentraEditorSchema>;
export type SentraEditorValues = z.output<typeof sentraEditorSchema>;

const EMPTY_DECREE = { number: '', date: '', signedBy: '', signerRole: 'bupati' } as const;

/**
 * Form values of a sentra (blank for a new one). Every field the form shows is named, absent ones as
 * undefined: react-hook-form compares the form's values with these defaults key by key, so a field
 * the defaults left out would count as a change nobody made.
 */
export function editorValuesOf(sentra?: Sentra): SentraEditorInput {
  if (!sentra) {
    return {
      name: '',
      commodity: 'makanan-minuman',
      regionCode: '',
      address: '',
      unitCount: undefined as unknown as number,
      workerCount: undefined as unknown as number,
      notes: '',
      decreeMode: 'new',
      newDecree: { ...EMPTY_DECREE },
    };
  }
  return {
    name: sentra.name,
    commodity: sentra.commodity,
    regionCode: sentra.regionCode,
    address: sentra.address,
    unitCount: sentra.unitCount,
    workerCount: sentra.workerCount,
    notes: sentra.notes,
    decreeId: sentra.decreeId,
    leadEnterpriseId: sentra.leadEnterpriseId,
    decreeMode: sentra.decreeId !== undefined ? 'existing' : 'none',
    newDecree: { ...EMPTY_DECREE },
  };
}

/** The SK to create when the form asks for a new one (issuing kab/kota = the sentra's). */
export function newDecreeOf(values: SentraEditorValues): SentraDecreeForm | undefined {
  if (values.decreeMode !== 'new') return undefined;
  const role = (DECREE_SIGNER_ROLES as readonly string[]).includes(values.newDecree.signerRole)
    ? values.newDecree.signerRole
    : 'lainnya';
  return sentraDecreeFormSchema.parse({
    number: values.newDecree.number,
    date: values.newDecree.date,
    signedBy: values.newDecree.signedBy,
    signerRole: role,
    issuingRegionCode: kabKotaOf(values.regionCode) ?? '',
  });
}

/** The sentra to store, pointing at `decreeId` (the chosen or new SK), none when "belum ada SK". */
export function sentraFormOf(values: SentraEditorValues, decreeId: string | undefined): SentraForm {
  const { decreeMode: _mode, newDecree: _decree, decreeId: _old, ...rest } = values;
  return sentraFormSchema.parse({ ...rest, ...(decreeId !== undefined ? { decreeId } : {}) });
}

export interface SentraReadinessIssue {
  readonly code: 'too-few-units' | 'no-decree';
  readonly message: string;
}

/** Why a sentra is not yet ready for OVOP (empty when ready). */
export function sentraReadiness(
  s: Pick<Sentra, 'unitCount' | 'decreeId'>,
  minUnits = 5,
): SentraReadinessIssue[] {
  const issues: SentraReadinessIssue[] = [];
  if (s.unitCount < minUnits)
    issues.push({
      code: 'too-few-units',
      message: `Kurang dari ${minUnits} unit usaha (PP 29/2018)`,
    });
  if (s.decreeId === undefined)
    issues.push({ code: 'no-decree', message: 'Belum ada SK penetapan' });
  return issues;
}
