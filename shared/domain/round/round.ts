import { COMMODITIES } from '../common/commodity';
import { addYears, daysBetween, type IsoDate, type IsoDateTime } from '../common/date';
import type { RoundId } from '../common/ids';
import type { ChecklistItem, DocumentChecklist, Round, RoundForm } from './round.schema';

export * from './round.schema';

const DEFAULT_MIN_SENTRA_PER_KAB_KOTA = 2;
const DEFAULT_MIN_ENTERPRISE_PER_KAB_KOTA = 0;
const DEFAULT_REQUIRED_PHOTOS = 3;
const DEFAULT_MIN_MONTHS_PRODUCED = 12;

export interface NewRecordIds {
  id: RoundId;
  /** Creation time, from the caller's clock. */
  at: IsoDateTime;
}

/**
 * The default checklist: a scanned NIB for everyone, plus a business profile document.
 * Food rules (izin edar, halal, uji lab) are built into the readiness check, not listed here.
 * It is data: the officer edits it per round.
 */
function defaultChecklist(): DocumentChecklist {
  const base: ChecklistItem[] = [
    { id: 'nib', label: 'NIB (dokumen OSS)', kind: 'nib', minCount: 1 },
    { id: 'profil-usaha', label: 'Profil usaha', kind: 'document', minCount: 1 },
  ];
  const entries = COMMODITIES.map((c) => [c, base.map((item) => ({ ...item }))] as const);
  return Object.fromEntries(entries) as DocumentChecklist;
}

/**
 * The round's settings as stored: the ministry's request letter, left wholly empty in the form
 * (not known yet), is stored as no letter at all rather than as three empty texts.
 */
export function withoutBlankRequestLetter(form: RoundForm): RoundForm {
  const { requestLetter, ...rest } = form;
  if (!requestLetter) return rest;
  const { number, date, hal } = requestLetter;
  return number === '' && date === '' && hal === '' ? rest : form;
}

/** A round with the usual settings: window 1 April – 30 June, stars 1–3, ≥ 2 sentra per kab/kota. */
export function defaultRound(year: number, ids: NewRecordIds): Round {
  const y = String(year).padStart(4, '0');
  return {
    id: ids.id,
    year,
    name: `OVOP ${year}`,
    opensOn: `${y}-04-01`,
    closesOn: `${y}-06-30`,
    starScale: 3,
    quota: {
      minSentraPerKabKota: DEFAULT_MIN_SENTRA_PER_KAB_KOTA,
      minEnterprisePerKabKota: DEFAULT_MIN_ENTERPRISE_PER_KAB_KOTA,
    },
    documentChecklist: defaultChecklist(),
    requiredPhotos: DEFAULT_REQUIRED_PHOTOS,
    minMonthsProducedPerYear: DEFAULT_MIN_MONTHS_PRODUCED,
    createdAt: ids.at,
    updatedAt: ids.at,
  };
}

/**
 * A new round copying the settings of `previous` (quota, checklist, star scale, photos, rubric),
 * with its dates shifted by the difference in years. The name follows the pattern "OVOP <year>".
 */
export function createRoundFrom(previous: Round, year: number, ids: NewRecordIds): Round {
  const shift = year - previous.year;
  const checklist = Object.fromEntries(
    Object.entries(previous.documentChecklist).map(([c, items]) => [
      c,
      items.map((i) => ({ ...i })),
    ]),
  ) as DocumentChecklist;
  const name = previous.name.includes(String(previous.year))
    ? previous.name.replace(String(previous.year), String(year))
    : `OVOP ${year}`;
  const copy: Round = {
    id: ids.id,
    year,
    name,
    opensOn: addYears(previous.opensOn, shift),
    closesOn: addYears(previous.closesOn, shift),
    starScale: previous.starScale,
    quota: { ...previous.quota },
    documentChecklist: checklist,
    requiredPhotos: previous.requiredPhotos,
    minMonthsProducedPerYear: previous.minMonthsProducedPerYear,
    createdAt: ids.at,
    updatedAt: ids.at,
  };
  if (previous.rubric) {
    copy.rubric = {
      version: previous.rubric.version,
      criteria: previous.rubric.criteria.map((c) => ({ ...c })),
    };
  }
  return copy;
}

/** Days from `today` until the close date: 0 on the close day itself, negative once closed. */
export function daysLeft(round: Pick<Round, 'closesOn'>, today: IsoDate): number {
  return daysBetween(today, round.closesOn);
}

export type RoundPhase = 'belum-dibuka' | 'dibuka' | 'ditutup';
export const ROUND_PHASE_LABELS: Record<RoundPhase, string> = {
  'belum-dibuka': 'Belum dibuka',
  dibuka: 'Masa usulan',
  ditutup: 'Ditutup',
};

export function roundPhase(round: Pick<Round, 'opensOn' | 'closesOn'>, today: IsoDate): RoundPhase {
  if (today < round.opensOn) return 'belum-dibuka';
  if (today > round.closesOn) return 'ditutup';
  return 'dibuka';
}
