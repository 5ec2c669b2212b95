import type { BundleData } from './bundle-data';
import type { BundleManifest } from './bundle-manifest.schema';

/** A letter a received bundle carried, as the province cites it. */
export interface ReceivedLetter {
  id: string;
  /** The sending office's id (the letter stays that office's). */
  officeId: string;
  /** Year of the round the letter belongs to. */
  roundYear: number;
  /** Empty while the letter is still a draft at the sending office. */
  number: string;
  date: string;
  hal: string;
  status: string;
}

/** What the receiving register keeps of each merged bundle (in its import journal row). */
export interface ReceivedBundle {
  office: BundleManifest['office'];
  exportedAt: string;
  /** Years of the rounds it carried (a round is its year everywhere, see shared/domain/identity). */
  roundYears: number[];
  nominationCount: number;
  letters: ReceivedLetter[];
}

const text = (row: Readonly<Record<string, unknown>>, key: string): string =>
  typeof row[key] === 'string' ? row[key] : '';

/** The record of a bundle about to be merged: sender, rounds, letters. Pure. */
export function receivedBundleOf(manifest: BundleManifest, data: BundleData): ReceivedBundle {
  const yearOf = new Map<string, number>();
  for (const round of data.rounds)
    if (typeof round.year === 'number' && round.deletedAt === undefined)
      yearOf.set(round.id, round.year);
  return {
    office: { ...manifest.office },
    exportedAt: manifest.exportedAt,
    roundYears: [...new Set(yearOf.values())].sort((a, b) => a - b),
    nominationCount: data.nominations.filter((n) => n.deletedAt === undefined).length,
    letters: data.letters.flatMap((l): ReceivedLetter[] => {
      const roundYear = yearOf.get(text(l, 'roundId'));
      if (roundYear === undefined || l.status === 'cancelled') return [];
      return [
        {
          id: l.id,
          officeId: text(l, 'officeId'),
          roundYear,
          number: text(l, 'number'),
          date: text(l, 'date'),
          hal: text(l, 'hal'),
          status: text(l, 'status'),
        },
      ];
    }),
  };
}
