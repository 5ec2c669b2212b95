import type { Commodity } from '../common/commodity';
import type { Round } from './round.schema';

export interface DocumentRequirement {
  /** The checklist item id an attachment is tagged with (`checklistItemId`). */
  id: string;
  label: string;
}

/**
 * The requirements of the rounds' checklists that an uploaded document (or photo) can fulfil, for
 * the given commodities (all of them when none is given): one entry per checklist item id, labelled
 * as the newest round words it, in checklist order. Legalitas items are fulfilled by credentials.
 */
export function documentRequirements(
  rounds: readonly Pick<Round, 'year' | 'documentChecklist' | 'deletedAt'>[],
  commodities: readonly Commodity[] = [],
  kind: 'document' | 'photo' = 'document',
): DocumentRequirement[] {
  const byId = new Map<string, DocumentRequirement>();
  const newestFirst = [...rounds]
    .filter((r) => r.deletedAt === undefined)
    .sort((a, b) => b.year - a.year);
  for (const round of newestFirst) {
    const lists = Object.entries(round.documentChecklist).filter(
      ([c]) => commodities.length === 0 || commodities.includes(c as Commodity),
    );
    for (const [, items] of lists) {
      for (const item of items ?? []) {
        if (item.kind === kind && !byId.has(item.id))
          byId.set(item.id, { id: item.id, label: item.label });
      }
    }
  }
  return [...byId.values()];
}
