import type { StarScale } from '@shared/domain/award/award.schema';
import type { Commodity } from '@shared/domain/common/commodity';
import type { NominationStatus } from '@shared/domain/nomination/nomination.schema';
import { defaultRound } from '@shared/domain/round/round';
import { asRoundId } from '@shared/domain/common/ids';
import type { Letter } from '@shared/domain/letter';
import { letterToRecord } from '../letter/letter-records';
import { dashboardRepositories } from './data/dashboard-repositories';

/**
 * TEST-ONLY hook, installed only when the page URL carries `?e2e=1` (same convention as the letter
 * screen): writes a small register through the repositories (so every derived index is what the app
 * itself stores) for the Beranda end-to-end test. Never reachable from the normal app.
 */
export interface DashboardSeedSpec {
  year: number;
  candidates: { name: string; kabKota: string; commodity: Commodity; status: NominationStatus; credentialExpiresOn?: string }[];
  finalLettersWithoutScan: number;
  awards: { year: number; stars: number; scale: StarScale }[];
}

declare global {
  interface Window {
    __ovopDashboardE2e?: { seed(spec: DashboardSeedSpec): Promise<string> };
  }
}

async function seed(spec: DashboardSeedSpec): Promise<string> {
  const repos = await dashboardRepositories();
  const at = repos.ctx.now().toISOString();
  const { id: _id, createdAt: _c, updatedAt: _u, ...roundForm } = defaultRound(spec.year, { id: asRoundId('x'), at });
  const round = await repos.rounds.create(roundForm);
  let i = 0;
  for (const c of spec.candidates) {
    i += 1;
    const desa = `${c.kabKota}.01.2001`;
    const sentra = await repos.sentras.create({ name: `Sentra ${c.name}`, commodity: c.commodity, regionCode: desa, address: '', unitCount: 10, workerCount: 30, notes: '' });
    const enterprise = await repos.enterprises.create({
      name: c.name, ownerName: `Pemilik ${i}`, nib: `9120${String(spec.year)}${String(i).padStart(5, '0')}`, address: '', regionCode: desa, phone: '', email: '',
      workerCount: 8, investmentRupiah: 150_000_000, sentraId: sentra.id, isLeadFirm: true, notes: '',
    });
    const product = await repos.enterprises.products.create({
      enterpriseId: enterprise.id, name: `Produk ${c.name}`, commodity: c.commodity, uniquenessStory: '', rawMaterials: '',
      capacity: { value: 100, unit: 'kg', period: 'bulan' }, market: { local: true, regional: false, national: false, export: false, exportDestinations: [] },
      priceMin: 10_000, priceMax: 20_000,
    });
    if (c.credentialExpiresOn) {
      await repos.enterprises.credentials.create({ enterpriseId: enterprise.id, kind: 'halal', number: `HALAL-${i}`, issuer: 'BPJPH', issuedOn: `${spec.year - 2}-01-01`, expiresOn: c.credentialExpiresOn });
    }
    await repos.nominations.create({
      roundId: round.id, enterpriseId: enterprise.id, productId: product.id, kind: 'baru', status: c.status,
      history: [{ status: c.status, at, by: 'Uji e2e' }], sample: {}, notes: '',
    });
  }
  for (const [n, a] of spec.awards.entries()) {
    const holder = await repos.enterprises.create({
      name: `IKM Berbintang ${n + 1}`, ownerName: 'Pemilik', nib: `9130${String(spec.year)}${String(n + 1).padStart(5, '0')}`, address: '', regionCode: '63.03.01.2001',
      phone: '', email: '', workerCount: 5, investmentRupiah: 50_000_000, isLeadFirm: false, notes: '',
    });
    await repos.enterprises.awards.create({ enterpriseId: holder.id, productName: 'Produk lama', year: a.year, stars: a.stars, scale: a.scale });
  }
  for (let k = 1; k <= spec.finalLettersWithoutScan; k++) {
    const letter: Letter = {
      id: `surat-e2e-${k}`, officeId: 'kantor', roundId: round.id, year: spec.year, variant: 'B', date: `${spec.year}-05-0${k}`, sifat: 'Biasa',
      hal: `Usulan Calon IKM OVOP Tahun ${spec.year}`, classificationCode: '500.9.1', number: `500.9.1/${k}/Disperin/${spec.year}`,
      addressee: { jobTitle: 'Direktur Jenderal IKMA', agency: 'Kementerian Perindustrian', place: 'Jakarta' },
      body: { opening: '', content: '', points: [], closing: '' }, copyTo: [], annexes: [], readinessOverrides: [], signingMode: 'basah',
      tteAnchor: '${ttd_pengirim}', status: 'final', createdAt: at, updatedAt: at, finalisedAt: at,
    };
    await repos.ctx.db.letters.put(letterToRecord(letter));
  }
  return round.id;
}

export function installDashboardE2eHook(): void {
  window.__ovopDashboardE2e = { seed };
}
