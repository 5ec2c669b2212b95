import { countWithWords } from '../../text/terbilang';
import type { OfficeProfile } from '../office/office-profile.schema';
import type { Letter } from './letter';

export type TemplateVariables = Readonly<Record<string, string>>;

/** Replaces `{name}` with the variable's value; unknown names stay visible so the user sees them. */
export function renderTemplate(text: string, variables: TemplateVariables): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) => (Object.hasOwn(variables, name) ? (variables[name] ?? whole) : whole));
}

/** `a`, `a dan b`, `a, b, dan c` — Indonesian list with the serial comma used in official letters. */
export function joinIndonesian(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

/** Distinct kab/kota of all lampiran rows, in first-seen order. */
export function nomineeKabKota(letter: Pick<Letter, 'annexes'>): string[] {
  const seen: string[] = [];
  for (const annex of letter.annexes) {
    for (const row of annex.rows) {
      const name = row.kabKota.trim();
      if (name !== '' && !seen.includes(name)) seen.push(name);
    }
  }
  return seen;
}

export function nomineeCount(letter: Pick<Letter, 'annexes'>): number {
  return letter.annexes.reduce((sum, annex) => sum + annex.rows.length, 0);
}

export function letterTemplateVariables(letter: Pick<Letter, 'annexes' | 'year'>, office: Pick<OfficeProfile, 'regionName'>): TemplateVariables {
  return {
    tahun: String(letter.year),
    jumlah_ikm: countWithWords(nomineeCount(letter), 'IKM'),
    wilayah: office.regionName,
    daftar_kabkota: joinIndonesian(nomineeKabKota(letter)),
  };
}
