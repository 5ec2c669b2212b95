import { z } from 'zod';

/**
 * Branded ids. Ids are generated outside shared/ (the repository layer) and passed in; here they
 * are opaque non-empty strings whose brand stops a SentraId being used where an EnterpriseId is due.
 */
const idString = z.string().min(1, 'Id tidak boleh kosong').max(100, 'Id terlalu panjang');

export const sentraIdSchema = idString.brand<'SentraId'>();
export const decreeIdSchema = idString.brand<'DecreeId'>();
export const enterpriseIdSchema = idString.brand<'EnterpriseId'>();
export const productIdSchema = idString.brand<'ProductId'>();
export const credentialIdSchema = idString.brand<'CredentialId'>();
export const attachmentIdSchema = idString.brand<'AttachmentId'>();
export const awardIdSchema = idString.brand<'AwardId'>();
export const roundIdSchema = idString.brand<'RoundId'>();
export const nominationIdSchema = idString.brand<'NominationId'>();
export const auditIdSchema = idString.brand<'AuditId'>();
/** Owned by the letter module; declared here so nominations can point at a letter. */
export const letterIdSchema = idString.brand<'LetterId'>();

export type SentraId = z.infer<typeof sentraIdSchema>;
export type DecreeId = z.infer<typeof decreeIdSchema>;
export type EnterpriseId = z.infer<typeof enterpriseIdSchema>;
export type ProductId = z.infer<typeof productIdSchema>;
export type CredentialId = z.infer<typeof credentialIdSchema>;
export type AttachmentId = z.infer<typeof attachmentIdSchema>;
export type AwardId = z.infer<typeof awardIdSchema>;
export type RoundId = z.infer<typeof roundIdSchema>;
export type NominationId = z.infer<typeof nominationIdSchema>;
export type AuditId = z.infer<typeof auditIdSchema>;
export type LetterId = z.infer<typeof letterIdSchema>;

/** Casts for code that just generated an id (repositories, factories). No validation. */
export const asSentraId = (s: string): SentraId => s as SentraId;
export const asDecreeId = (s: string): DecreeId => s as DecreeId;
export const asEnterpriseId = (s: string): EnterpriseId => s as EnterpriseId;
export const asProductId = (s: string): ProductId => s as ProductId;
export const asCredentialId = (s: string): CredentialId => s as CredentialId;
export const asAttachmentId = (s: string): AttachmentId => s as AttachmentId;
export const asAwardId = (s: string): AwardId => s as AwardId;
export const asRoundId = (s: string): RoundId => s as RoundId;
export const asNominationId = (s: string): NominationId => s as NominationId;
export const asAuditId = (s: string): AuditId => s as AuditId;
export const asLetterId = (s: string): LetterId => s as LetterId;
