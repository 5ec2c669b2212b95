import type { AttachmentMeta } from '@shared/domain/attachment/attachment';
import type { StarScale } from '@shared/domain/award/award.schema';
import type { Commodity } from '@shared/domain/common/commodity';
import { asRoundId } from '@shared/domain/common/ids';
import type { Credential } from '@shared/domain/credential/credential.schema';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Letter } from '@shared/domain/letter';
import type { NominationStatus } from '@shared/domain/nomination/nomination.schema';
import type { Product } from '@shared/domain/product/product.schema';
import { defaultRound } from '@shared/domain/round/round';
import type { Sentra, SentraDecree } from '@shared/domain/sentra/sentra.schema';
import { letterToRecord } from '../../renderer/src/db';
import { ensureOfficeId } from '../../renderer/src/db/repositories/office-repository';
import type { AppRepositories } from '../../renderer/src/db/app-repositories';

/**
 * Seeding used by the end-to-end tests (installed by e2e-hooks.ts for `?e2e=1` in the test build).
 * Everything is written through the repositories, so every derived index, count and audit row is
 * what the app itself stores, and the screens' live queries see the writes at once.
 */
export interface RoundSeedSpec {
  year: number;
  candidates: {
    name: string;
    kabKota?: string;
    commodity?: Commodity;
    status?: NominationStatus;
    credentialExpiresOn?: string;
  }[];
  /** Final letters of the round, numbered, without a signed copy (Beranda's "menunggu pindaian"). */
  finalLettersWithoutScan?: number;
  /**
   * Ready for the portal pack: each sentra has an SK with its scan, each food product its izin
   * edar, halal and lab scans, and one final letter lists every nomination that goes forward.
   */
  packReady?: boolean;
  awards?: { year: number; stars: number; scale: StarScale }[];
}

/** A register candidate built by the test factories (ids are replaced by the repositories'). */
export interface CandidateSeed {
  decree: SentraDecree;
  sentra: Sentra;
  enterprise: Enterprise;
  product: Product;
  credentials: Credential[];
  attachments: AttachmentMeta[];
}

export interface SeededCandidate {
  enterpriseId: string;
  productId: string;
}

type Form<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
function formOf<T extends { id: unknown; createdAt: unknown }>(entity: T): Form<T> {
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    ...form
  } = entity as T & { updatedAt?: unknown; deletedAt?: unknown };
  return form as Form<T>;
}

// A 1×1 PNG and a minimal PDF: real file types, so the attachment repository accepts them.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** 13-digit NIB unique to this seeding call (seeding twice in one register must not collide). */
function nibMaker(): (i: number) => string {
  const stamp = String(Date.now()).slice(-6);
  return (i) => `91${stamp}${String(i).padStart(5, '0')}`;
}

export async function seedCandidates(
  repos: AppRepositories,
  candidates: readonly CandidateSeed[],
  userName?: string,
): Promise<SeededCandidate[]> {
  if (userName) await repos.settings.setUserName(userName);
  const seeded: SeededCandidate[] = [];
  for (const c of candidates) {
    const decree = await repos.sentras.decrees.create(formOf(c.decree));
    const sentra = await repos.sentras.create({ ...formOf(c.sentra), decreeId: decree.id });
    const { leadEnterpriseId: _lead, ...sentraForm } = formOf(c.sentra);
    const enterprise = await repos.enterprises.create({
      ...formOf(c.enterprise),
      sentraId: sentra.id,
    });
    if (c.sentra.leadEnterpriseId !== undefined)
      await repos.sentras.update(
        sentra.id,
        { ...sentraForm, decreeId: decree.id, leadEnterpriseId: enterprise.id },
        sentra.updatedAt,
      );
    const product = await repos.enterprises.products.create({
      ...formOf(c.product),
      enterpriseId: enterprise.id,
    });
    const ids = { enterpriseId: enterprise.id, productId: product.id };
    await addCredentials(repos, c.credentials, c.enterprise.id, c.product.id, ids);
    for (const a of c.attachments) {
      const owner =
        a.owner.type === 'product'
          ? { type: 'product' as const, id: product.id }
          : { type: 'enterprise' as const, id: enterprise.id };
      await repos.attachments.add({
        bytes: a.kind === 'photo' ? PNG : PDF,
        originalName: a.originalName,
        kind: a.kind,
        owner,
        ...(a.checklistItemId !== undefined ? { checklistItemId: a.checklistItemId } : {}),
      });
    }
    seeded.push(ids);
  }
  return seeded;
}

/** Credentials built for the factory ids `fromEnterprise`/`fromProduct`, stored for the seeded ones. */
export async function addCredentials(
  repos: AppRepositories,
  credentials: readonly Credential[],
  fromEnterprise: string,
  fromProduct: string,
  to: SeededCandidate,
): Promise<void> {
  for (const cr of credentials) {
    const form = formOf(cr);
    await repos.enterprises.credentials.create({
      ...form,
      enterpriseId: cr.enterpriseId === fromEnterprise ? to.enterpriseId : cr.enterpriseId,
      ...(cr.productId !== undefined
        ? { productId: cr.productId === fromProduct ? to.productId : cr.productId }
        : {}),
    } as Form<Credential>);
  }
}

/** A small PDF standing in for a scanned SK or certificate. */
const SCAN_PDF = new TextEncoder().encode('%PDF-1.4\n% pindaian uji\n%%EOF\n');

/** A round with one nomination per candidate (status as given, default *divalidasi*), letters, awards. */
export async function seedRound(repos: AppRepositories, spec: RoundSeedSpec): Promise<string> {
  const at = repos.ctx.now().toISOString();
  const nib = nibMaker();
  // The whole year is the window (a letter dated today falls inside it) and the ministry's request is known.
  const requestLetter = {
    number: `B/215/IKMA/IND/II/${spec.year}`,
    date: `${spec.year}-01-09`,
    hal: `Usulan Calon IKM OVOP Tahun ${spec.year}`,
  };
  const base = defaultRound(spec.year, { id: asRoundId('x'), at });
  const round = await repos.rounds.create(
    formOf({
      ...base,
      opensOn: `${spec.year}-01-01`,
      closesOn: `${spec.year}-12-31`,
      requestLetter,
    }),
  );
  const listed: { nominationId: string; name: string }[] = [];
  const scan = spec.packReady ? await repos.blobs.put(SCAN_PDF) : undefined;
  for (const [i, c] of spec.candidates.entries()) {
    const commodity = c.commodity ?? 'makanan-minuman';
    const desa = `${c.kabKota ?? '63.03'}.07.2001`;
    const status = c.status ?? 'divalidasi';
    const decree = scan
      ? await repos.sentras.decrees.create({
          number: `188.45/${100 + i}/KUM/${spec.year - 1}`,
          date: `${spec.year - 1}-03-04`,
          signedBy: 'Bupati Banjar',
          signerRole: 'bupati',
          issuingRegionCode: c.kabKota ?? '63.03',
          scanHash: scan,
        })
      : undefined;
    const sentra = await repos.sentras.create({
      ...(decree ? { decreeId: decree.id } : {}),
      name: `Sentra ${c.name}`,
      commodity,
      regionCode: desa,
      address: '',
      unitCount: 10,
      workerCount: 30,
      notes: '',
    });
    const enterprise = await repos.enterprises.create({
      name: c.name,
      ownerName: `Pemilik ${i + 1}`,
      nib: nib(i + 1),
      address: `Jl. Pangeran Antasari No. ${i + 1}`,
      regionCode: desa,
      phone: '0812-3456-7890',
      email: '',
      workerCount: 8,
      investmentRupiah: 150_000_000,
      sentraId: sentra.id,
      isLeadFirm: true,
      notes: '',
    });
    const product = await repos.enterprises.products.create({
      enterpriseId: enterprise.id,
      name: `Produk ${c.name}`,
      commodity,
      uniquenessStory: '',
      rawMaterials: '',
      capacity: { value: 100, unit: 'kg', period: 'bulan' },
      market: {
        local: true,
        regional: false,
        national: false,
        export: false,
        exportDestinations: [],
      },
      priceMin: 10_000,
      priceMax: 20_000,
    });
    if (c.credentialExpiresOn) {
      await repos.enterprises.credentials.create({
        enterpriseId: enterprise.id,
        kind: 'halal',
        number: `HALAL-${i + 1}`,
        issuer: 'BPJPH',
        issuedOn: `${spec.year - 2}-01-01`,
        expiresOn: c.credentialExpiresOn,
      });
    }
    if (scan && commodity === 'makanan-minuman') {
      for (const kind of ['spp-irt', 'halal', 'uji-lab'] as const)
        await repos.enterprises.credentials.create({
          enterpriseId: enterprise.id,
          productId: product.id,
          kind,
          number: `${kind.toUpperCase()}-${i + 1}`,
          issuer: 'Penerbit uji',
          issuedOn: `${spec.year - 1}-01-01`,
          scanHash: scan,
        });
    }
    const nomination = await repos.nominations.create({
      roundId: round.id,
      enterpriseId: enterprise.id,
      productId: product.id,
      kind: 'baru',
      status,
      history: [{ status, at, by: 'Uji e2e' }],
      sample: {},
      notes: '',
    });
    if (['divalidasi', 'surat-ditandatangani', 'diunggah'].includes(status))
      listed.push({ nominationId: nomination.id, name: c.name });
  }
  if (spec.packReady && scan)
    await seedFinalLetter(repos, round.id, spec.year, 9, at, listed, scan);
  for (const [n, a] of (spec.awards ?? []).entries()) {
    const holder = await repos.enterprises.create({
      name: `IKM Berbintang ${n + 1}`,
      ownerName: 'Pemilik',
      nib: nib(900 + n),
      address: '',
      regionCode: '63.03.01.2001',
      phone: '',
      email: '',
      workerCount: 5,
      investmentRupiah: 50_000_000,
      isLeadFirm: false,
      notes: '',
    });
    await repos.enterprises.awards.create({
      enterpriseId: holder.id,
      productName: 'Produk lama',
      year: a.year,
      stars: a.stars,
      scale: a.scale,
    });
  }
  for (let k = 1; k <= (spec.finalLettersWithoutScan ?? 0); k++)
    await seedFinalLetter(repos, round.id, spec.year, k, at);
  return round.id;
}

/**
 * A final letter of the round with its register row. Finalising through the repository needs a
 * complete office profile, which would change what Beranda shows, so this one writes the validated
 * record (`letterToRecord`) and the register row itself.
 */
async function seedFinalLetter(
  repos: AppRepositories,
  roundId: string,
  year: number,
  k: number,
  at: string,
  nominees: readonly { nominationId: string; name: string }[] = [],
  finalPdfHash?: string,
): Promise<void> {
  const { db } = repos.ctx;
  const officeId = await db.transaction('rw', db.settings, () => ensureOfficeId(repos.ctx));
  const number = `500.9.1/${k}/Disperin/${year}`;
  const letter: Letter = {
    id: `surat-e2e-${roundId}-${k}`,
    officeId,
    roundId,
    year,
    variant: 'B',
    date: `${year}-05-0${k}`,
    sifat: 'Biasa',
    hal: `Usulan Calon IKM OVOP Tahun ${year}`,
    classificationCode: '500.9.1',
    number,
    addressee: {
      jobTitle: 'Direktur Jenderal IKMA',
      agency: 'Kementerian Perindustrian',
      place: 'Jakarta',
    },
    body: { opening: '', content: '', points: [], closing: '' },
    copyTo: [],
    annexes: nominees.length
      ? [
          {
            title: 'DAFTAR CALON IKM OVOP',
            kind: 'calon',
            rows: nominees.map((n) => ({
              nominationId: n.nominationId,
              enterpriseName: n.name,
              ownerName: '',
              address: '',
              kabKota: '',
              sentraAndDecree: '',
              commodity: '',
              product: '',
              legality: '',
              contact: '',
              note: '',
            })),
          },
        ]
      : [],
    readinessOverrides: [],
    signingMode: 'basah',
    tteAnchor: '${ttd_pengirim}',
    status: 'final',
    createdAt: at,
    updatedAt: at,
    finalisedAt: at,
    ...(finalPdfHash ? { finalPdfHash } : {}),
  };
  await db.transaction('rw', db.letters, db.letterRegister, async () => {
    const sequence =
      (await db.letterRegister.where('[officeId+year]').equals([officeId, year]).count()) + 1;
    await db.letters.put(letterToRecord(letter));
    await db.letterRegister.add({
      officeId,
      year,
      sequence,
      number,
      letterId: letter.id,
      at,
    });
  });
}

/**
 * A photo (real image bytes from the test) on the IKM named `enterpriseName` nominated in round
 * `roundId`, stored through the attachment repository; returns the attachment id.
 */
export async function addNomineePhoto(
  repos: AppRepositories,
  roundId: string,
  enterpriseName: string,
  bytes: Uint8Array,
  originalName: string,
): Promise<string> {
  const nominations = await repos.ctx.db.nominations.where('roundId').equals(roundId).toArray();
  for (const n of nominations) {
    const enterprise = await repos.ctx.db.enterprises.get(n.enterpriseId);
    if (enterprise?.name !== enterpriseName) continue;
    const meta = await repos.attachments.add({
      bytes,
      originalName,
      kind: 'photo',
      owner: { type: 'enterprise', id: enterprise.id },
    });
    return meta.id;
  }
  throw new Error(`IKM ${enterpriseName} tidak diusulkan pada periode ini.`);
}
