import { asEnterpriseId } from '@shared/domain/common/ids';
import type { EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import type { CommitPlan } from '@shared/import/duplicates';
import { commitImport } from '../import-export/import-commit';
import { checkFreeSpace } from '../import-export/import-safety';
import { appRepositories } from '../../db';
import { ENTERPRISE_STATS_ID, readEnterpriseStats } from '../../db/register-stats';
import { refreshWebMarker } from './snapshots';

/**
 * Test hook for the kill harness (test/kill): present ONLY when the page URL carries `ovopTest=1`.
 * `chunkedImportForTest=1` makes imports use the known-bad chunked mode the harness must catch.
 */
export interface OvopTestHook {
  importGenerated(count: number, seed: number): Promise<string>;
  /**
   * `counted`: live IKM in the kept counts row as stored (null when there is none yet; the call then
   * creates it, so a later import must keep it in step).
   */
  state(): Promise<{ enterprises: number; journal: number; journalRowCounts: number[]; idsHash: string; counted: number | null }>;
  /** The import wizard's free-space check for `count` rows (disk-full test, test/diskfull). */
  checkImport(count: number): Promise<{ ok: true } | { ok: false; message: string }>;
  /** What the wizard does after a committed import: refresh the web marker (web-marker.ts). */
  refreshMarker(): Promise<void>;
}

declare global {
  interface Window {
    __ovopTest?: OvopTestHook;
  }
}

function fnv(text: string, hash = 0x811c9dc5): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function installTestHook(): void {
  if (typeof window === 'undefined') return;
  const params = new URLSearchParams(window.location.search);
  if (params.get('ovopTest') !== '1') return;
  const chunked = params.get('chunkedImportForTest') === '1';
  const ctx = appRepositories().ctx;
  window.__ovopTest = {
    async importGenerated(count, seed) {
      const creates = Array.from({ length: count }, (_, i) => {
        const value: EnterpriseForm = {
          name: `IKM Uji ${seed}-${i}`,
          ownerName: `Pemilik ${i}`,
          nib: String(1_000_000_000_000 + seed * 100_000 + i).padStart(13, '0'),
          address: '',
          regionCode: '63.03.07.2001',
          phone: '',
          email: '',
          workerCount: 5,
          investmentRupiah: 1_000_000,
          isLeadFirm: false,
          notes: '',
        };
        return { row: i + 2, form: { kind: 'ikm' as const, value } };
      });
      const plan: CommitPlan = { creates, updates: [], skipped: 0 };
      return commitImport(ctx, 'ikm', plan, chunked ? { unsafeChunkSize: 1000 } : {});
    },
    checkImport: (count) => checkFreeSpace(count),
    refreshMarker: () => refreshWebMarker(ctx),
    async state() {
      const ids = (await ctx.db.enterprises.toCollection().primaryKeys()).map((k) => asEnterpriseId(String(k))).sort();
      const journal = await ctx.db.importJournal.toArray();
      const stored = await ctx.db.registerStats.get(ENTERPRISE_STATS_ID);
      if (!stored) await readEnterpriseStats(ctx.db);
      return {
        counted: stored ? stored.live : null,
        enterprises: ids.length,
        journal: journal.length,
        journalRowCounts: journal.map((j) => j.rowCount),
        idsHash: ids.reduce((h, id) => fnv(id, h), 0x811c9dc5).toString(16),
      };
    },
  };
}
