import type { AwardRecord } from './award.schema';

export * from './award.schema';

/** "3★ dari 5 (2022)" */
export function awardLabel(a: Pick<AwardRecord, 'stars' | 'scale' | 'year'>): string {
  return `${a.stars}★ dari ${a.scale} (${a.year})`;
}
