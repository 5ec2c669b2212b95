import type { AwardRecord } from '../award/award.schema';
import type { AttachmentMeta } from '../attachment/attachment.schema';
import type { Credential } from '../credential/credential.schema';
import type { Enterprise } from '../enterprise/enterprise.schema';
import type { Nomination } from '../nomination/nomination.schema';
import type { Product } from '../product/product.schema';
import type { Round } from '../round/round.schema';
import type { Sentra, SentraDecree } from '../sentra/sentra.schema';

/** Everything the readiness check looks at for one candidate. The caller loads it; the check is pure. */
export interface ReadinessInput {
  nomination?: Nomination;
  enterprise: Enterprise;
  product: Product;
  /** The enterprise's sentra, if it has one and it was found. */
  sentra?: Sentra;
  /** The SK of that sentra, if any. */
  decree?: SentraDecree;
  /** Credentials of the enterprise (any product); soft-deleted ones are ignored. */
  credentials: readonly Credential[];
  /** Photos and documents of the enterprise and of the product; soft-deleted ones are ignored. */
  attachments: readonly AttachmentMeta[];
  round: Round;
  /** Awards of the enterprise (star holders); undefined when the caller did not load them. */
  awards?: readonly AwardRecord[];
}
