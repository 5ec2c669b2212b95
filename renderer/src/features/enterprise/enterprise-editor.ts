import {
  credentialState,
  type Credential,
  type CredentialForm,
} from '@shared/domain/credential/credential';
import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import type { Product, ProductForm } from '@shared/domain/product/product';
import type { z } from 'zod';
import type { credentialFormSchema } from '@shared/domain/credential/credential';
import type { enterpriseFormSchema } from '@shared/domain/enterprise/enterprise';
import type { productFormSchema } from '@shared/domain/product/product';

export type EnterpriseInput = z.input<typeof enterpriseFormSchema>;
export type ProductInput = z.input<typeof productFormSchema>;
export type CredentialInput = z.input<typeof credentialFormSchema>;

/** The local calendar date of `now` as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/**
 * Identity form values: blank for a new IKM, the stored values otherwise. Every field of the form is
 * named, absent ones as '' (text) or undefined (numbers, sentra, proof): react-hook-form compares
 * the form's values with these defaults key by key, and a field that registers a key the defaults
 * lack would count as a change nobody made (the "Perubahan belum disimpan" question on leaving).
 */
export function enterpriseInputOf(e?: Enterprise): EnterpriseInput {
  const blank: EnterpriseInput = {
    name: '',
    ownerName: '',
    nib: '',
    address: '',
    regionCode: '',
    phone: '',
    email: '',
    yearFounded: undefined,
    workerCount: undefined as unknown as number,
    investmentRupiah: undefined as unknown as number,
    sentraId: undefined,
    isLeadFirm: false,
    siinasAccount: '',
    siinasProofHash: undefined,
    notes: '',
  };
  if (!e) return blank;
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = e;
  const stored = Object.fromEntries(Object.entries(form).filter(([, v]) => v !== undefined));
  return { ...blank, ...stored } satisfies EnterpriseInput;
}

export function productInputOf(enterpriseId: string, p?: Product): ProductInput {
  if (p) {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = p;
    return form satisfies ProductForm;
  }
  return {
    enterpriseId,
    name: '',
    commodity: 'makanan-minuman',
    uniquenessStory: '',
    rawMaterials: '',
    capacity: { value: undefined as unknown as number, unit: '', period: 'bulan' },
    market: {
      local: true,
      regional: false,
      national: false,
      export: false,
      exportDestinations: [],
    },
    priceMin: undefined as unknown as number,
    priceMax: undefined as unknown as number,
  };
}

export function credentialInputOf(enterpriseId: string, c?: Credential): CredentialInput {
  if (c) {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form } = c;
    return form satisfies CredentialForm;
  }
  return { enterpriseId, kind: 'nib', number: '', issuer: '', issuedOn: '' };
}

/** "Jepang, Belanda ; Korea" → ['Jepang', 'Belanda', 'Korea'] (commas or semicolons, blanks dropped). */
export function destinationsFromText(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export type LegalitySeverity = 'none' | 'ok' | 'warning' | 'error';

/** The "status legalitas" of an IKM on a date: counts of live credentials by state, worst first. */
export function legalitySummary(
  credentials: readonly Pick<Credential, 'expiresOn' | 'deletedAt'>[],
  onDate: string,
): { label: string; severity: LegalitySeverity } {
  const live = credentials.filter((c) => c.deletedAt === undefined);
  if (live.length === 0) return { label: 'Belum ada', severity: 'none' };
  const states = live.map((c) => credentialState(c, onDate));
  const expired = states.filter((s) => s === 'expired').length;
  const soon = states.filter((s) => s === 'expiring-soon').length;
  const parts = [`${live.length} dokumen`];
  if (expired > 0) parts.push(`${expired} kedaluwarsa`);
  if (soon > 0) parts.push(`${soon} segera berakhir`);
  return { label: parts.join(', '), severity: expired > 0 ? 'error' : soon > 0 ? 'warning' : 'ok' };
}
