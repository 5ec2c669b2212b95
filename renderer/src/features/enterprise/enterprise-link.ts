import { CREDENTIAL_KINDS, type CredentialKind } from '@shared/domain/credential/credential';
import type { Enterprise } from '@shared/domain/enterprise/enterprise';

export const DETAIL_TABS = [
  'identitas',
  'produk',
  'legalitas',
  'foto',
  'dokumen',
  'penghargaan',
  'riwayat',
] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

/** What a link into one IKM's page asks for: the tab, and what to open or point at on it. */
export interface DetailLink {
  tab: DetailTab;
  /** `jenis=halal`: open the add-credential form preset to this kind. */
  credentialKind?: CredentialKind;
  /** `legalitas=<id>`: highlight that credential and open it. */
  credentialId?: string;
  /** `produk=<id>`: highlight that product and open it. */
  productId?: string;
  /** `field=nib`: the field to fix (focused when the tab has it). */
  field?: string;
}

const TAB_ALIASES: Record<string, DetailTab> = {
  profil: 'identitas',
  identitas: 'identitas',
  produk: 'produk',
  legalitas: 'legalitas',
  foto: 'foto',
  dokumen: 'dokumen',
  penghargaan: 'penghargaan',
  riwayat: 'riwayat',
};

const isCredentialKind = (v: string | null): v is CredentialKind =>
  v !== null && (CREDENTIAL_KINDS as readonly string[]).includes(v);

/**
 * Reads `/ikm/<id>?tab=…` as other pages write it (Beranda, readiness findings, Paket Kirim):
 * `profil` is the identity tab, `lampiran` the photo tab for a photo finding and the document tab
 * otherwise; `jenis`/`legalitas` without a tab mean the legalitas tab. Unknown values fall back to
 * the identity tab and are otherwise ignored.
 */
export function detailLinkOf(params: URLSearchParams): DetailLink {
  const rawTab = params.get('tab');
  const field = params.get('field') ?? undefined;
  const jenis = params.get('jenis');
  const credentialId = params.get('legalitas') ?? undefined;
  const productId = params.get('produk') ?? undefined;
  let tab: DetailTab;
  if (rawTab === 'lampiran') tab = field === 'photo' || field === 'foto' ? 'foto' : 'dokumen';
  else if (rawTab !== null && TAB_ALIASES[rawTab]) tab = TAB_ALIASES[rawTab];
  else if (jenis !== null || credentialId !== undefined) tab = 'legalitas';
  else tab = 'identitas';

  const link: DetailLink = { tab };
  if (field !== undefined && field !== '') link.field = field;
  if (tab === 'legalitas') {
    if (credentialId) link.credentialId = credentialId;
    else if (isCredentialKind(jenis)) link.credentialKind = jenis;
    else if (isCredentialKind(field ?? null)) link.credentialKind = field as CredentialKind;
  }
  if (tab === 'produk' && productId) link.productId = productId;
  return link;
}

/** What every tab but the identity form receives: the IKM, the link's request, and a way to consume it. */
export interface DetailTabProps {
  enterprise: Enterprise;
  link: DetailLink;
  /** Drops the one-shot parameters (jenis, legalitas, produk) once their dialog is closed. */
  onLinkUsed: () => void;
}
