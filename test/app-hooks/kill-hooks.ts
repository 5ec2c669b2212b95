import { asEnterpriseId } from '@shared/domain/common/ids';
import type { EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import type { CommitPlan } from '@shared/import/duplicates';
import { refreshWebMarker } from '../../renderer/src/features/backup/snapshots';
import { commitImport } from '../../renderer/src/features/import-export/import-commit';
import { checkFreeSpace } from '../../renderer/src/features/import-export/import-safety';
import { enterpriseRepository, runImport, type RepositoryContext } from '../../renderer/src/db';
import type { AppRepositories } from '../../renderer/src/db/app-repositories';
import {
  KEPT_ROW_COUNT_STORES,
  keptRowCountId,
  readKeptRowCount,
} from '../../renderer/src/db/registers/kept-row-counts';
import {
  readEnterpriseStats,
  storedEnterpriseStats,
} from '../../renderer/src/db/registers/register-stats';
import { buildAppRepositories } from '../../renderer/src/db/app-repositories';

/**
 * Hook of the kill harness (test/kill) and the disk-full check (test/diskfull), installed by the
 * test build's entry (entry.ts) when the page URL carries `ovopTest=1`. `chunkedImportForTest=1`
 * makes imports use the known-bad chunked mode (chunkedImport below) the harness must catch.
 */
interface OvopTestHook {
  importGenerated(count: number, seed: number): Promise<string>;
  /**
   * `counted`: live IKM in the kept counts row as stored (null when there is none yet; the call then
   * creates it, so a later import must keep it in step). `keptRows`: the kept row counts of the
   * stores that have one, and `rows` their actual counts (the call creates missing ones too).
   */
  state(): Promise<{
    enterprises: number;
    journal: number;
    journalRowCounts: number[];
    idsHash: string;
    counted: number | null;
    keptRows: Record<string, number | null>;
    rows: Record<string, number>;
  }>;
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

/** The known-bad way: one transaction per 1,000 rows, so a kill leaves a partial import. */
async function chunkedImport(
  ctx: RepositoryContext,
  forms: readonly EnterpriseForm[],
): Promise<string> {
  const enterprises = enterpriseRepository(ctx);
  let last = '';
  for (let start = 0; start < forms.length; start += 1000) {
    const chunk = forms.slice(start, start + 1000);
    last = (
      await runImport(ctx, 'import-ikm-chunk', chunk, async (form) => {
        await enterprises.create(form);
      })
    ).id;
  }
  return last;
}

export function installKillHooks(
  { ctx }: AppRepositories,
  { chunked }: { chunked: boolean },
): void {
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
      if (chunked)
        return chunkedImport(
          ctx,
          creates.map((c) => c.form.value),
        );
      const plan: CommitPlan = { creates, updates: [], skipped: 0 };
      return commitImport(buildAppRepositories(ctx), 'ikm', plan);
    },
    checkImport: (count) => checkFreeSpace(count),
    refreshMarker: () => refreshWebMarker(ctx),
    async state() {
      const ids = (await ctx.db.enterprises.toCollection().primaryKeys())
        .map((k) => asEnterpriseId(String(k)))
        .sort();
      const journal = await ctx.db.importJournal.toArray();
      const stored = await storedEnterpriseStats(ctx.db);
      if (!stored) await readEnterpriseStats(ctx.db);
      const keptRows: Record<string, number | null> = {};
      const rows: Record<string, number> = {};
      for (const store of KEPT_ROW_COUNT_STORES) {
        const kept = await ctx.db.registerStats.get(keptRowCountId(store));
        keptRows[store] = kept && 'rows' in kept ? kept.rows : null;
        rows[store] = await ctx.db.table(store).count();
        if (!kept) await readKeptRowCount(ctx.db, store);
      }
      return {
        keptRows,
        rows,
        counted: stored ? stored.live : null,
        enterprises: ids.length,
        journal: journal.length,
        journalRowCounts: journal.map((j) => j.rowCount),
        idsHash: ids.reduce((h, id) => fnv(id, h), 0x811c9dc5).toString(16),
      };
    },
  };
}
