import { useEffect, useMemo, useState } from 'react';
import { credentialsExpiringBeforeClose } from '@shared/dashboard';
import type { NominationId } from '@shared/domain/common/ids';
import { kabKotaOf } from '@shared/domain/common/region';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Product } from '@shared/domain/product/product.schema';
import {
  readinessLight,
  type Finding,
  type ReadinessLight,
} from '@shared/domain/readiness/finding';
import {
  roundOverview,
  type KabKota,
  type RoundOverview,
} from '@shared/domain/round-overview/round-overview';
import type { Round } from '@shared/domain/round/round.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import { nominationRows, type NominationRow } from '@shared/nomination-view/nomination-rows';
import { useRepositories, useLive, type LiveState } from '../../db';
import { loadRoundCandidates, type LoadedCandidate } from './nomination/data/load-readiness';
import { kabKotaListFor } from './kab-kota-list';

interface RoundView {
  round: Round;
  candidates: LoadedCandidate[];
  /** Kab/kota codes of the register's sentra (which provinces to list). */
  sentraKabKota: string[];
  /** IKM holding a credential that ends before the round closes (Beranda's "legalitas berakhir"). */
  expiring: Set<string>;
  /** A kabupaten/kota office's own kab/kota code: its overview lists only that one. */
  officeKabKota: string | undefined;
}

export interface RoundViewModel {
  round: Round;
  rows: NominationRow[];
  overview: RoundOverview;
  kabKota: KabKota[];
  expiring: ReadonlySet<string>;
  /** Set for a kabupaten/kota office (its overview is its own kab/kota only). */
  officeKabKota: string | undefined;
}

/** The round, its nominations with live readiness, the per-kab/kota overview and the grid rows. */
export function useRoundView(roundId: string): LiveState<RoundViewModel | undefined> {
  const repos = useRepositories();
  const state = useLive<RoundView | undefined>(async () => {
    const round = await repos.rounds.get(roundId);
    if (!round) return undefined;
    const [candidates, sentras, office] = await Promise.all([
      loadRoundCandidates(repos, round),
      repos.sentras.page({
        filter: {},
        sort: { field: 'kabKotaCode', direction: 'asc' },
        offset: 0,
        limit: 5000,
      }),
      repos.office.get(),
    ]);
    const officeKabKota =
      office.profile.level !== 'provinsi' ? kabKotaOf(office.profile.regionCode) : undefined;
    const enterpriseIds = [
      ...new Set(
        candidates.flatMap((c) =>
          c.enterprise && c.enterprise.deletedAt === undefined ? [c.enterprise.id] : [],
        ),
      ),
    ];
    const credentials = (
      await Promise.all(enterpriseIds.map((id) => repos.enterprises.credentials.list(id)))
    ).flat();
    const expiring = new Set(
      credentialsExpiringBeforeClose(round, round.closesOn, credentials, new Map()).map(
        (c) => c.enterpriseId,
      ),
    );
    return {
      round,
      candidates,
      sentraKabKota: [...new Set(sentras.rows.map((s) => s.kabKotaCode))],
      expiring,
      officeKabKota,
    };
  }, [roundId]);

  const view = state.status === 'ready' ? state.value : undefined;
  const codes = useMemo(() => {
    if (!view) return '';
    if (view.officeKabKota !== undefined) return view.officeKabKota;
    const fromNominations = view.candidates.map((c) =>
      c.enterprise ? (kabKotaOf(c.enterprise.regionCode) ?? '') : '',
    );
    return [...new Set([...view.sentraKabKota, ...fromNominations])]
      .filter((c) => c !== '')
      .sort()
      .join(',');
  }, [view]);
  const [kabKota, setKabKota] = useState<KabKota[]>([]);
  useEffect(() => {
    let alive = true;
    // A kabupaten/kota office lists only its own kab/kota (codes is then that one code).
    const own = view?.officeKabKota;
    void kabKotaListFor(codes === '' ? [] : codes.split(',')).then(
      (list) => alive && setKabKota(own === undefined ? list : list.filter((k) => k.code === own)),
    );
    return () => {
      alive = false;
    };
  }, [codes, view?.officeKabKota]);

  const model = useMemo((): RoundViewModel | undefined => {
    if (!view) return undefined;
    const enterprises = new Map<string, Enterprise>();
    const products = new Map<string, Product>();
    const sentras: Sentra[] = [];
    const findings = new Map<string, Finding[]>();
    const lights = new Map<NominationId, ReadinessLight>();
    for (const c of view.candidates) {
      if (c.enterprise) enterprises.set(c.enterprise.id, c.enterprise);
      if (c.product) products.set(c.product.id, c.product);
      if (c.sentra) sentras.push(c.sentra);
      if (c.findings) {
        findings.set(c.nomination.id, c.findings);
        lights.set(c.nomination.id, readinessLight(c.findings));
      }
    }
    const names = new Map(kabKota.map((k) => [k.code, k.name]));
    const nominations = view.candidates.map((c) => c.nomination);
    return {
      round: view.round,
      rows: nominationRows(nominations, enterprises, products, findings, names),
      overview: roundOverview(
        view.round,
        nominations,
        [...enterprises.values()],
        sentras,
        kabKota,
        lights,
      ),
      kabKota,
      expiring: view.expiring,
      officeKabKota: view.officeKabKota,
    };
  }, [view, kabKota]);

  if (state.status !== 'ready') return state;
  return { status: 'ready', value: model };
}
