import { OVOP_COMMODITIES, type OvopCommodity } from '@shared/domain/common/commodity';
import { asEnterpriseId, asProductId, asSentraId } from '@shared/domain/common/ids';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Product } from '@shared/domain/product/product.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import { seededRandom } from '@shared/random/seeded-random';
import {
  BUSINESS_PREFIXES,
  BUSINESS_SUFFIXES,
  FIRST_NAMES,
  LAST_NAMES,
  PRODUCT_WORDS,
} from './seed-words';

export interface SeedRegion {
  /** A desa/kelurahan code (`PP.KK.CC.DDDD`) and its name. */
  readonly code: string;
  readonly name: string;
}

export interface GenerateOptions {
  readonly ikm: number;
  readonly sentra: number;
  /** Same seed, same register. */
  readonly seed: number;
  /** Desa/kelurahan to place sentra and IKM in (real codes from the region asset). */
  readonly regions: readonly SeedRegion[];
  /** Timestamp written on every row. */
  readonly at: string;
}

export interface GeneratedRegister {
  readonly sentras: readonly Sentra[];
  readonly enterprises: readonly Enterprise[];
  readonly products: readonly Product[];
}

/**
 * A realistic register of the requested size: every one of the five OVOP commodities, real region
 * codes, about 70 % of IKM inside a sentra (same desa and commodity), unique 13-digit NIBs.
 * Pure: no clock, no global randomness, no database (callers store it: see seed-database.ts).
 */
export function generateRegister(options: GenerateOptions): GeneratedRegister {
  if (options.regions.length === 0)
    throw new Error('Daftar wilayah kosong: tidak dapat membuat data contoh.');
  const next = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const at = options.at;

  const sentras: Sentra[] = [];
  for (let i = 0; i < options.sentra; i++) {
    const commodity = OVOP_COMMODITIES[i % OVOP_COMMODITIES.length] as OvopCommodity;
    const region = pick(options.regions);
    sentras.push({
      id: asSentraId(`seed-sentra-${i}`),
      name: `Sentra ${pick(PRODUCT_WORDS[commodity])} ${region.name}`,
      commodity,
      regionCode: region.code,
      address: '',
      unitCount: 5 + Math.floor(next() * 60),
      workerCount: 10 + Math.floor(next() * 400),
      notes: '',
      createdAt: at,
      updatedAt: at,
    });
  }

  const enterprises: Enterprise[] = [];
  const products: Product[] = [];
  for (let i = 0; i < options.ikm; i++) {
    const sentra = sentras.length > 0 && next() < 0.7 ? pick(sentras) : undefined;
    const commodity = (sentra?.commodity ??
      OVOP_COMMODITIES[i % OVOP_COMMODITIES.length]) as OvopCommodity;
    const regionCode =
      sentra?.regionCode.length === 13 ? sentra.regionCode : pick(options.regions).code;
    const productWord = pick(PRODUCT_WORDS[commodity]);
    const owner = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const id = asEnterpriseId(`seed-ikm-${i}`);
    const workers = 1 + Math.floor(next() * (next() < 0.9 ? 19 : 80));
    enterprises.push({
      id,
      name: `${pick(BUSINESS_PREFIXES)} ${productWord} ${pick(BUSINESS_SUFFIXES)}`,
      ownerName: owner,
      nib: `${pick(['91', '81', '12', '02'])}${String(i).padStart(11, '0')}`,
      address: `Jl. ${pick(LAST_NAMES)} No. ${1 + Math.floor(next() * 200)}`,
      regionCode,
      phone: `08${String(1_000_000_000 + Math.floor(next() * 8_999_999_999)).slice(0, 10)}`,
      email: '',
      yearFounded: 1980 + Math.floor(next() * 45),
      workerCount: workers,
      investmentRupiah: Math.round(next() * (workers > 19 ? 5e9 : 9e8)),
      ...(sentra ? { sentraId: sentra.id } : {}),
      isLeadFirm: false,
      notes: '',
      createdAt: at,
      updatedAt: at,
    });
    const priceMin = 5_000 + Math.floor(next() * 100) * 1_000;
    products.push({
      id: asProductId(`seed-produk-${i}`),
      enterpriseId: id,
      name: productWord,
      commodity,
      uniquenessStory: '',
      rawMaterials: '',
      capacity: { value: 10 + Math.floor(next() * 990), unit: 'buah', period: 'bulan' },
      market: {
        local: true,
        regional: next() < 0.5,
        national: next() < 0.2,
        export: false,
        exportDestinations: [],
      },
      priceMin,
      priceMax: priceMin + Math.floor(next() * 200) * 1_000,
      createdAt: at,
      updatedAt: at,
    });
  }
  return { sentras, enterprises, products };
}
