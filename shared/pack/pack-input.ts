import type { AwardRecord } from '../domain/award/award.schema';
import type { AttachmentMeta } from '../domain/attachment/attachment.schema';
import type { Credential } from '../domain/credential/credential.schema';
import type { Enterprise } from '../domain/enterprise/enterprise.schema';
import type { Letter } from '../domain/letter/letter';
import type { Nomination } from '../domain/nomination/nomination.schema';
import type { Product } from '../domain/product/product.schema';
import type { Round } from '../domain/round/round.schema';
import type { Sentra, SentraDecree } from '../domain/sentra/sentra.schema';

/** Everything the pack needs about one nominated IKM, gathered by the renderer from the register. */
export interface PackNominee {
  nomination: Nomination;
  enterprise: Enterprise;
  product: Product | undefined;
  sentra: Sentra | undefined;
  decree: SentraDecree | undefined;
  credentials: readonly Credential[];
  /** Live attachments of the IKM, its product, credentials and nomination (photos and documents). */
  attachments: readonly AttachmentMeta[];
  kabKotaCode: string;
  kabKotaName: string;
  /** Kecamatan and desa/kelurahan names of the IKM's address (empty when unknown). */
  kecamatanName?: string;
  desaName?: string;
  /** The earlier award a re-evaluation names. */
  award?: AwardRecord;
}

export type PackScope = { kind: 'province' } | { kind: 'kab-kota'; code: string; name: string };

/** What the pack needs of a letter: who wrote it for which round, its files and its lampiran. */
export type PackLetter = Pick<
  Letter,
  | 'id'
  | 'officeId'
  | 'roundId'
  | 'number'
  | 'status'
  | 'finalPdfHash'
  | 'signedCopyHash'
  | 'updatedAt'
  | 'annexes'
>;

export interface PackInput {
  round: Pick<Round, 'id' | 'name' | 'year' | 'requiredPhotos' | 'closesOn'>;
  /** The office building the pack: only its own letter goes in. */
  officeId: string;
  scope: PackScope;
  nominees: readonly PackNominee[];
  /** Letters of the round; the newest final one of this office that lists the nominees is packed. */
  letters: readonly PackLetter[];
  /** Sizes and media types of blobs referenced by hash only (credential/SK scans, letter PDFs). */
  blobInfo: ReadonlyMap<string, { size: number; mediaType: string }>;
}
