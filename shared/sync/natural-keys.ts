import type { SyncKind } from './kinds';
import { kabKotaOfField } from './kinds';

/** Lower case, one space between words, no punctuation: "Sentra  Tenun-Sasirangan" = "sentra tenun sasirangan". */
function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** SK and certificate numbers typed with different separators or spaces compare equal. */
function normaliseNumber(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const str = (data: Record<string, unknown>, field: string): string | undefined => {
  const v = data[field];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};

/**
 * What makes two records the same thing in the real world, so that two PCs creating "OVOP 2026"
 * or the same IKM offline end with one record: the shared register maps a new record whose key
 * matches a live record of the same province onto that record. Undefined = no natural key (the
 * record is known by its id only).
 */
export function naturalKey(kind: SyncKind, data: Record<string, unknown>): string | undefined {
  switch (kind) {
    case 'rounds':
      return typeof data.year === 'number' ? `year:${data.year}` : undefined;
    case 'enterprises': {
      const nib = str(data, 'nib');
      return nib ? `nib:${nib.replace(/\D/g, '')}` : undefined;
    }
    case 'sentras': {
      const name = str(data, 'name');
      const kk = kabKotaOfField(data, 'regionCode');
      const commodity = str(data, 'commodity');
      return name && kk && commodity
        ? `sentra:${kk}:${commodity}:${normaliseName(name)}`
        : undefined;
    }
    case 'decrees': {
      const number = str(data, 'number');
      const date = str(data, 'date');
      return number && date ? `sk:${normaliseNumber(number)}:${date}` : undefined;
    }
    case 'credentials': {
      const number = str(data, 'number');
      const kindName = str(data, 'kind');
      return number && kindName ? `cred:${kindName}:${normaliseNumber(number)}` : undefined;
    }
    case 'nominations': {
      const round = str(data, 'roundId');
      const ikm = str(data, 'enterpriseId');
      const product = str(data, 'productId');
      return round && ikm && product ? `usulan:${round}:${ikm}:${product}` : undefined;
    }
    case 'attachments': {
      const hash = str(data, 'hash');
      const owner = data.owner as { type?: unknown; id?: unknown } | undefined;
      return hash && owner && typeof owner.type === 'string' && typeof owner.id === 'string'
        ? `berkas:${owner.type}:${owner.id}:${hash}`
        : undefined;
    }
    default:
      return undefined;
  }
}
