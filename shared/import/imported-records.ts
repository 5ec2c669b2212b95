import type { Commodity } from '../domain/common/commodity';
import type { EnterpriseId } from '../domain/common/ids';
import type { CredentialForm, CredentialKind } from '../domain/credential/credential.schema';
import type { ProductForm } from '../domain/product/product.schema';

/** The product an IKM row brings (columns Produk + Komoditi). */
export interface ImportedProduct {
  readonly name: string;
  readonly commodity: Commodity;
}

/** The legalitas an IKM row brings (Legalitas, Nomor Legalitas, Tanggal Terbit, Berlaku Sampai). */
export interface ImportedCredential {
  readonly kind: CredentialKind;
  readonly number: string;
  readonly issuedOn: string;
  readonly expiresOn?: string;
}

/**
 * The product record of an imported IKM: name and commodity from the sheet, everything else as the
 * product form starts an empty product (no story, local market only, per month). Capacity and prices
 * are required numbers the sheet does not hold: 0 and the unit "belum diisi", so the officer sees
 * what to complete in the Produk tab.
 */
export function importedProductForm(
  enterpriseId: EnterpriseId,
  product: ImportedProduct,
): ProductForm {
  return {
    enterpriseId,
    name: product.name,
    commodity: product.commodity,
    uniquenessStory: '',
    rawMaterials: '',
    capacity: { value: 0, unit: IMPORTED_CAPACITY_UNIT, period: 'bulan' },
    market: {
      local: true,
      regional: false,
      national: false,
      export: false,
      exportDestinations: [],
    },
    priceMin: 0,
    priceMax: 0,
  };
}

const IMPORTED_CAPACITY_UNIT = 'belum diisi';

export function importedCredentialForm(
  enterpriseId: EnterpriseId,
  credential: ImportedCredential,
): CredentialForm {
  return {
    enterpriseId,
    kind: credential.kind,
    number: credential.number,
    issuer: '',
    issuedOn: credential.issuedOn,
    ...(credential.expiresOn ? { expiresOn: credential.expiresOn } : {}),
  };
}

/** Product names compared as the officer reads them ("Kerupuk  IKAN" = "kerupuk ikan"). */
export function productNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Credential numbers compared without spaces, dots or dashes and case. */
export function credentialNumberKey(number: string): string {
  return number.toLowerCase().replace(/[\s.\-/]/g, '');
}
