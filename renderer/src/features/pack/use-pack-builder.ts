import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Round } from '@shared/domain/round/round.schema';
import type { PackInput, PackScope } from '@shared/pack/pack-input';
import {
  DEFAULT_PACK_LIMITS,
  PACK_LIMITS_SETTING_KEY,
  packLimitsSchema,
  type PackLimits,
} from '@shared/pack/pack-limits';
import { buildPackPlan, type PackPlan } from '@shared/pack/pack-plan';
import { preflight, type PackProblem } from '@shared/pack/preflight';
import { useRepositories } from '../../db';
import { CancelledError, type ZipBuildProgress } from '../../platform/zip';
import { buildPackZip } from './build-pack';
import { deliverBlob } from './download';
import { loadPackInput, loadRounds } from './pack-sources';
import { shrinkAttachment } from './shrink-photo';
import { errorText } from '../../ui/error-text';

export type BuildState =
  | { phase: 'idle' }
  | { phase: 'building'; progress: ZipBuildProgress; startedAt: number }
  | { phase: 'done'; bytes: number; seconds: number; fileName: string }
  | { phase: 'failed'; message: string };

const localDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** State of the Paket Kirim tab: choices, the plan and its pre-flight, and the build itself. */
export function usePackBuilder(kabKotaNames: ReadonlyMap<string, string>) {
  const repos = useRepositories();
  const [rounds, setRounds] = useState<Round[]>([]);
  const [roundId, setRoundId] = useState('');
  const [scopeCode, setScopeCode] = useState('province');
  const [input, setInput] = useState<PackInput | null>(null);
  // null until the stored setting is read: nothing is checked against the defaults meanwhile.
  const [limits, setLimits] = useState<PackLimits | null>(null);
  const [loading, setLoading] = useState(false);
  const [reload, setReload] = useState(0);
  const [build, setBuild] = useState<BuildState>({ phase: 'idle' });
  const [fixing, setFixing] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    void loadRounds(repos).then((list) => {
      setRounds(list);
      setRoundId((current) => current || list[0]?.id || '');
    });
    void repos.settings
      .get(PACK_LIMITS_SETTING_KEY, packLimitsSchema, DEFAULT_PACK_LIMITS)
      .then(setLimits);
    // A kab/kota office starts from its own kab/kota; the province from the whole province.
    void repos.office.get().then(({ profile }) => {
      if (profile.level !== 'provinsi' && profile.regionCode !== '')
        setScopeCode((current) => (current === 'province' ? profile.regionCode : current));
    });
  }, [repos]);

  const round = rounds.find((r) => r.id === roundId);
  const scope: PackScope = useMemo(
    () =>
      scopeCode === 'province'
        ? { kind: 'province' }
        : { kind: 'kab-kota', code: scopeCode, name: kabKotaNames.get(scopeCode) ?? scopeCode },
    [scopeCode, kabKotaNames],
  );

  useEffect(() => {
    if (!round) return;
    let alive = true;
    setLoading(true);
    // The whole round is loaded once; the scope only filters (kab/kota options come from it).
    void loadPackInput(repos, round, { kind: 'province' }, kabKotaNames)
      .then((loaded) => alive && setInput(loaded))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [repos, round, kabKotaNames, reload]);

  const kabKotaOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const n of input?.nominees ?? []) seen.set(n.kabKotaCode, n.kabKotaName);
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], 'id'));
  }, [input]);

  const plan: PackPlan | null = useMemo(
    () => (input && limits ? buildPackPlan({ ...input, scope }) : null),
    [input, limits, scope],
  );
  const problems: PackProblem[] = useMemo(
    () => (plan && round && limits ? preflight(plan, limits, round.requiredPhotos) : []),
    [plan, limits, round],
  );
  const scopeLabel = scope.kind === 'province' ? 'Seluruh provinsi' : scope.name;

  const start = useCallback(async () => {
    if (!input || !plan) return;
    const controller = new AbortController();
    abort.current = controller;
    const startedAt = performance.now();
    setBuild({
      phase: 'building',
      progress: { done: 0, total: plan.files.length, current: '' },
      startedAt,
    });
    try {
      const office = await repos.office.get();
      const now = new Date();
      const blob = await buildPackZip(
        {
          input: { ...input, scope },
          plan,
          blobs: repos.blobsOnDemand,
          officeName: office.profile.officeName || 'Dinas Perindustrian',
          appVersion: __APP_VERSION__,
          createdAt: now.toISOString(),
          today: localDate(now),
          scopeLabel,
        },
        {
          signal: controller.signal,
          onProgress: (progress) => setBuild({ phase: 'building', progress, startedAt }),
        },
      );
      const seconds = (performance.now() - startedAt) / 1000;
      await deliverBlob(blob, plan.zipName, 'Arsip ZIP', 'zip');
      setBuild({ phase: 'done', bytes: blob.size, seconds, fileName: plan.zipName });
    } catch (error) {
      setBuild(
        error instanceof CancelledError
          ? { phase: 'idle' }
          : { phase: 'failed', message: errorText(error) },
      );
    } finally {
      abort.current = null;
    }
  }, [input, plan, repos, scope, scopeLabel]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  /** Stores new portal limits (settings `pack.limits`); the pre-flight re-runs with them at once. */
  const saveLimits = useCallback(
    async (next: PackLimits) => {
      await repos.settings.set(PACK_LIMITS_SETTING_KEY, packLimitsSchema, next);
      setLimits(next);
    },
    [repos],
  );

  const shrink = useCallback(
    async (attachmentId: string, targetBytes: number) => {
      setFixing(attachmentId);
      try {
        await shrinkAttachment(repos.attachments, attachmentId, targetBytes);
        setReload((n) => n + 1);
      } catch (error) {
        setBuild({ phase: 'failed', message: errorText(error) });
      } finally {
        setFixing(null);
      }
    },
    [repos],
  );

  return {
    rounds,
    roundId,
    setRoundId,
    scopeCode,
    setScopeCode,
    kabKotaOptions,
    input,
    plan,
    problems,
    loading,
    build,
    start,
    cancel,
    shrink,
    fixing,
    limits,
    saveLimits,
  };
}
