import type { StarScale } from '../domain/award/award.schema';

export interface AwardFact {
  enterpriseId: string;
  year: number;
  stars: number;
  scale: StarScale;
}

export interface AwardYearRow {
  year: number;
  /** Index 0 = 1★ … index scale−1 = scale★. */
  stars: number[];
  total: number;
}

/**
 * Awards per scale, year and stars. The 1–5 scale (until 2018) and the 1–3 scale (from 2024) are
 * kept apart: a 3★ of 5 is not a 3★ of 3, so they are never added into one axis. The same IKM
 * awarded in the same year on the same scale counts once (an award recorded both as an earlier
 * award and as an awarded nomination). Years ascending.
 */
export function awardHistory(facts: readonly AwardFact[]): Record<StarScale, AwardYearRow[]> {
  const seen = new Set<string>();
  const byScale: Record<StarScale, Map<number, AwardYearRow>> = { 5: new Map(), 3: new Map() };
  for (const f of facts) {
    if (!Number.isInteger(f.stars) || f.stars < 1 || f.stars > f.scale) continue;
    const key = `${f.enterpriseId}|${f.year}|${f.scale}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rows = byScale[f.scale];
    let row = rows.get(f.year);
    if (!row) {
      row = { year: f.year, stars: Array.from({ length: f.scale }, () => 0), total: 0 };
      rows.set(f.year, row);
    }
    row.stars[f.stars - 1] = (row.stars[f.stars - 1] ?? 0) + 1;
    row.total++;
  }
  const sorted = (m: Map<number, AwardYearRow>) => [...m.values()].sort((a, b) => a.year - b.year);
  return { 5: sorted(byScale[5]), 3: sorted(byScale[3]) };
}
