import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppRepositories, StoredOffice } from '../../db';
import type { Letter } from '@shared/domain/letter';
import type { Round } from '@shared/domain/round/round.schema';
import { loadAnnexCandidates, type AnnexCandidate } from './letter-sources';
import { errorText } from '../../ui/error-text';

const SAVE_DELAY_MS = 700;

/** The letter being composed, saved as a draft shortly after each edit. */
export function useComposeState(repos: AppRepositories, id: string) {
  const store = repos.letters;
  const [letter, setLetter] = useState<Letter>();
  const [office, setOffice] = useState<StoredOffice>();
  const [candidates, setCandidates] = useState<AnnexCandidate[]>([]);
  const [round, setRound] = useState<Round>();
  const [finalBytes, setFinalBytes] = useState<Uint8Array>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const savedAt = useRef<string>('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<Letter>(undefined);

  const load = useCallback(async () => {
    try {
      const found = await store.get(id);
      if (!found) throw new Error('Surat tidak ditemukan; mungkin sudah dihapus.');
      const [stored, list, bytes, ofRound] = await Promise.all([
        repos.office.get(),
        loadAnnexCandidates(repos, found.roundId),
        found.finalPdfHash ? store.pdfBytes(found.finalPdfHash) : undefined,
        repos.rounds.get(found.roundId),
      ]);
      savedAt.current = found.updatedAt;
      // A draft cites the ministry's letter as the round holds it now (the preview shows the same).
      const cited =
        found.status === 'draft' && ofRound?.requestLetter
          ? { ...found, requestLetter: { ...ofRound.requestLetter } }
          : found;
      setLetter(cited);
      setRound(ofRound);
      setOffice(stored);
      setCandidates(list);
      setFinalBytes(bytes);
    } catch (e) {
      setError(errorText(e));
    }
  }, [repos, store, id]);
  useEffect(() => void load(), [load]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = undefined;
    setSaving(true);
    try {
      const saved = await store.saveDraft(next, savedAt.current);
      savedAt.current = saved.updatedAt;
      if (!pending.current) setLetter(saved);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  }, [store]);

  const edit = useCallback(
    (patch: Partial<Letter>) => {
      setLetter((current) => {
        if (!current || current.status !== 'draft') return current;
        const next = { ...current, ...patch };
        pending.current = next;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
        return next;
      });
    },
    [flush],
  );
  useEffect(() => () => void flush(), [flush]);

  return {
    letter,
    office,
    round,
    candidates,
    finalBytes,
    error,
    setError,
    saving,
    edit,
    flush,
    reload: load,
  };
}
