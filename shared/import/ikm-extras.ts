import { COMMODITY_LABELS } from '../domain/common/commodity';
import { formatShortDate } from '../domain/common/date';
import {
  credentialBaseSchema,
  CREDENTIAL_KIND_LABELS,
  CREDENTIAL_KINDS,
  type CredentialKind,
} from '../domain/credential/credential.schema';
import { productBaseSchema } from '../domain/product/product.schema';
import { headerKey } from './header-mapping';
import { parseYesNo } from './normalise';
import type { ImportedCredential, ImportedProduct } from './imported-records';
import type { RowReader } from './row-values';
import { matchSentra, type SentraIndex } from './sentra-match';

/** What an IKM row brings besides the IKM itself, and what of it stays text in Catatan. */
export interface IkmExtras {
  readonly product?: ImportedProduct;
  readonly credential?: ImportedCredential;
  readonly sentraId?: string;
  /** [label, text] parts for Catatan: the values that did not become a record. */
  readonly notes: readonly (readonly [string, string])[];
}

const CREDENTIAL_WORDS: Readonly<Record<string, CredentialKind>> = {
  pirt: 'spp-irt',
  sppirt: 'spp-irt',
  irt: 'spp-irt',
  bpom: 'bpom-md',
  bpommd: 'bpom-md',
  bpomri: 'bpom-md',
  md: 'bpom-md',
  izinedarbpom: 'bpom-md',
  sertifikathalal: 'halal',
  halalmui: 'halal',
  ujilab: 'uji-lab',
  ujilaboratorium: 'uji-lab',
  hasilujilab: 'uji-lab',
  haki: 'hki',
  merek: 'hki',
  merk: 'hki',
  hkimerek: 'hki',
  lain: 'lainnya',
  lainlain: 'lainnya',
};

/** "SPP-IRT", "P-IRT", "pirt", "Sertifikat Halal", "BPOM MD", "HKI (Merek)" → the credential kind. */
export function parseCredentialKind(text: string): CredentialKind | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  for (const kind of CREDENTIAL_KINDS)
    if (headerKey(kind) === key || headerKey(CREDENTIAL_KIND_LABELS[kind]) === key) return kind;
  return CREDENTIAL_WORDS[key];
}

const credentialCheck = credentialBaseSchema.pick({
  kind: true,
  number: true,
  issuedOn: true,
  expiresOn: true,
});
const productCheck = productBaseSchema.pick({ name: true, commodity: true });

function readProduct(
  r: RowReader,
  notes: (readonly [string, string])[],
): ImportedProduct | undefined {
  const name = r.text('product');
  const commodityText = r.peek('commodity');
  const commodity = r.has('commodity') ? r.commodity('commodity', false) : undefined;
  if (name === '' && commodityText === '') return undefined;
  if (name === '') {
    notes.push(['Komoditi', commodity ? COMMODITY_LABELS[commodity] : commodityText]);
    r.warn(
      'commodity',
      'Komoditi disimpan di Catatan karena kolom Produk kosong; data produk tidak dibuat',
    );
    return undefined;
  }
  const why =
    commodityText === ''
      ? 'Komoditi kosong'
      : commodity === undefined
        ? `Komoditi "${commodityText}" tidak dikenal`
        : undefined;
  const parsed = why === undefined ? productCheck.safeParse({ name, commodity }) : undefined;
  if (parsed?.success) {
    r.info(
      'product',
      `Produk "${parsed.data.name}" dibuat sebagai data produk IKM (${COMMODITY_LABELS[parsed.data.commodity]}); kapasitas dan harga dilengkapi kemudian`,
    );
    return parsed.data;
  }
  const reason = why ?? parsed?.error.issues[0]?.message ?? 'data produk tidak lengkap';
  notes.push(['Produk', name]);
  if (commodityText !== '')
    notes.push(['Komoditi', commodity ? COMMODITY_LABELS[commodity] : commodityText]);
  r.warn(
    'product',
    `Produk "${name}" disimpan di Catatan, bukan sebagai data produk, karena ${reason}`,
  );
  return undefined;
}

function readCredential(
  r: RowReader,
  notes: (readonly [string, string])[],
): ImportedCredential | undefined {
  const kindText = r.peek('credential');
  const number = r.text('credentialNumber');
  const issuedOn = r.date('credentialIssuedOn');
  const expiresOn = r.date('credentialExpiresOn');
  if (kindText === '' && number === '' && issuedOn === undefined && expiresOn === undefined)
    return undefined;
  const kind = parseCredentialKind(kindText);
  if (kind) r.values.credential = kind;
  else if (kindText !== '') r.values.credential = kindText;
  const label = kind ? CREDENTIAL_KIND_LABELS[kind] : kindText;
  let reason: string | undefined;
  if (kindText === '') reason = 'kolom Legalitas (jenis legalitas) kosong';
  else if (!kind)
    reason = `jenis legalitas "${kindText}" tidak dikenal (pilih: ${Object.values(CREDENTIAL_KIND_LABELS).join(', ')})`;
  else if (number === '') reason = 'Nomor Legalitas kosong';
  else if (issuedOn === undefined) reason = 'Tanggal Terbit kosong';
  if (reason === undefined) {
    const parsed = credentialCheck.safeParse({ kind, number, issuedOn, expiresOn });
    if (
      parsed.success &&
      (parsed.data.expiresOn === undefined || parsed.data.expiresOn >= parsed.data.issuedOn)
    ) {
      return {
        kind: parsed.data.kind,
        number: parsed.data.number,
        issuedOn: parsed.data.issuedOn,
        ...(parsed.data.expiresOn ? { expiresOn: parsed.data.expiresOn } : {}),
      };
    }
    reason = parsed.success
      ? 'Berlaku Sampai lebih awal dari Tanggal Terbit'
      : (parsed.error.issues[0]?.message ?? 'data legalitas tidak lengkap');
  }
  const parts = [
    label,
    number !== '' ? `No. ${number}` : '',
    issuedOn ? `terbit ${formatShortDate(issuedOn)}` : '',
    expiresOn ? `berlaku s.d. ${formatShortDate(expiresOn)}` : '',
  ];
  notes.push(['Legalitas', parts.filter((p) => p !== '').join(' ')]);
  r.warn(
    kindText === '' ? 'credentialNumber' : 'credential',
    `Legalitas disimpan di Catatan, bukan sebagai dokumen legalitas, karena ${reason}`,
  );
  return undefined;
}

/**
 * "Sertifikat Halal (Ya/Tidak)" with its date (and number) beside it: ya/Y/ada → halal; tidak/Tdk/
 * T/-/blank → none. With number and date, and no other legalitas in the row, it becomes the halal
 * credential; otherwise the fact goes to Catatan. A value that is neither is noted, never refusing.
 */
function readHalal(
  r: RowReader,
  notes: (readonly [string, string])[],
  credentialTaken: boolean,
): ImportedCredential | undefined {
  if (!r.has('halal') && !r.has('halalNumber') && !r.has('halalDate')) return undefined;
  const typed = r.peek('halal');
  const answer = parseYesNo(typed, 'Sertifikat Halal');
  if (!answer.ok) {
    notes.push(['Sertifikat halal', typed]);
    r.warn('halal', `"${typed}" bukan ya/tidak; disimpan di Catatan`);
    return undefined;
  }
  const number = r.text('halalNumber');
  const issuedOn = r.date('halalDate');
  const has = answer.value ?? (number !== '' || issuedOn !== undefined ? true : undefined);
  if (has === undefined) return undefined;
  r.values.halal = has;
  if (!has) return undefined;
  if (number !== '' && issuedOn !== undefined && !credentialTaken) {
    r.info('halal', 'Sertifikat halal dibuat sebagai dokumen legalitas IKM');
    return { kind: 'halal', number, issuedOn };
  }
  notes.push([
    'Sertifikat halal',
    [
      'ada',
      number !== '' ? `No. ${number}` : '',
      issuedOn ? `terbit ${formatShortDate(issuedOn)}` : '',
    ]
      .filter((p) => p !== '')
      .join(' '),
  ]);
  const why = credentialTaken
    ? 'baris ini sudah membawa legalitas lain'
    : number === ''
      ? 'nomornya tidak ada di berkas'
      : 'tanggal terbitnya kosong';
  r.info(
    'halal',
    `Sertifikat halal dicatat di Catatan (belum sebagai dokumen legalitas) karena ${why}`,
  );
  return undefined;
}

function readSentra(
  r: RowReader,
  regionCode: string,
  sentras: SentraIndex | undefined,
  notes: (readonly [string, string])[],
): string | undefined {
  const name = r.text('sentraName');
  if (name === '') return undefined;
  if (!sentras) {
    notes.push(['Sentra', name]);
    r.info(
      'sentraName',
      `Sentra "${name}" dicocokkan dengan register saat impor di aplikasi; pemeriksaan ini tanpa register`,
    );
    return undefined;
  }
  if (regionCode === '') {
    notes.push(['Sentra', name]);
    return undefined;
  }
  const match = matchSentra(sentras, name, regionCode);
  if (match.status === 'linked') {
    if (match.otherKabKota)
      r.warn(
        'sentraName',
        `Sentra "${match.sentra.name}" berada di kabupaten/kota lain daripada IKM ini; IKM tetap dihubungkan ke sentra itu`,
      );
    else r.info('sentraName', `Dihubungkan ke sentra "${match.sentra.name}" di register`);
    return match.sentra.id;
  }
  notes.push(['Sentra', name]);
  const why =
    match.status === 'not-found'
      ? 'tidak ditemukan di register'
      : `ada ${match.candidates.length} di register dan tidak satu pun di kabupaten/kota atau kecamatan IKM ini saja`;
  r.warn(
    'sentraName',
    `Sentra "${name}" ${why}; IKM diimpor tanpa sentra (nama sentra disimpan di Catatan)`,
  );
  return undefined;
}

/**
 * Produk + Komoditi → one product; Legalitas + Nomor + Tanggal Terbit (+ Berlaku Sampai) → one
 * credential; Sentra → the register's sentra of that name (`sentras` absent = headless check, no
 * register: the name stays in Catatan with a note). Whatever cannot become a record goes to Catatan
 * with a warning, so the row is still imported ("normalised"), never refused for it.
 */
export function readIkmExtras(
  r: RowReader,
  regionCode: string,
  sentras: SentraIndex | undefined,
): IkmExtras {
  const notes: (readonly [string, string])[] = [];
  const product = readProduct(r, notes);
  const legalitas = readCredential(r, notes);
  const credential = readHalal(r, notes, legalitas !== undefined) ?? legalitas;
  const sentraId = readSentra(r, regionCode, sentras, notes);
  return {
    notes,
    ...(product ? { product } : {}),
    ...(credential ? { credential } : {}),
    ...(sentraId ? { sentraId } : {}),
  };
}
