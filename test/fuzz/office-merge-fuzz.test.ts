import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '@shared/random/seeded-random';
import {
  canonical,
  importInto,
  kabKotaRegister,
  register,
  type Register,
} from '../support/factories/offices';
import { makeRound } from '../support/factories/round';

/**
 * Three offices (two kab/kota and the province) exchange bundles in random order while the kab/kota
 * keep editing; once each kab/kota's last bundle has reached the province, the province's register
 * is the same (ids aside) whatever the order, with no record twice.
 */
const SEEDS = 150;
const STEPS = [
  'banjar-edit',
  'tapin-edit',
  'banjar>provinsi',
  'tapin>provinsi',
  'provinsi>banjar',
  'provinsi>tapin',
  'banjar>tapin',
  'tapin>banjar',
] as const;

function start() {
  const provinsi = register({ rounds: [makeRound({ name: 'OVOP 2026' })] });
  const banjar = kabKotaRegister('63.03', {
    roundName: 'OVOP 2026',
    nibs: ['1000000000001', '9000000000009'],
    skNumber: '188.45/123/KUM/2023',
  });
  const tapin = kabKotaRegister('63.05', {
    roundName: 'Periode OVOP Tahun 2026',
    nibs: ['2000000000002', '9000000000009'],
    sharedSk: '188-45 / 123 / kum / 2023',
  });
  // Tapin registered Banjar's sentra too (same SK, typed differently), later and under another name.
  tapin.sentras = tapin.sentras.map((s) => ({
    ...s,
    name: 'Sentra Kerupuk Banjar',
    regionCode: '63.03.01.2001',
    updatedAt: '2026-03-02T00:00:00.000Z',
  }));
  return { provinsi, banjar, tapin };
}

function edit(office: Register, tick: number): Register {
  const at = new Date(Date.UTC(2026, 3, 1) + tick * 60_000).toISOString();
  const [first, ...rest] = office.nominations;
  if (!first) return office;
  const status = first.status === 'ditarik' ? 'draft' : 'ditarik';
  return {
    ...office,
    nominations: [{ ...first, status, notes: `ubah ${tick}`, updatedAt: at }, ...rest],
  };
}

describe('bundles among three offices converge at the province', () => {
  it(`${SEEDS} random interleavings give one register`, () => {
    let ids = 0;
    const newId = (): string => `id-${++ids}`;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const next = seededRandom(seed);
      let { provinsi, banjar, tapin } = start();
      const initial = start().provinsi;
      const steps = randomInt(next, 4, 16);
      for (let i = 0; i < steps; i++) {
        const step = STEPS[randomInt(next, 0, STEPS.length - 1)];
        if (step === 'banjar-edit') banjar = edit(banjar, seed * 100 + i);
        else if (step === 'tapin-edit') tapin = edit(tapin, seed * 100 + i);
        else if (step === 'banjar>provinsi') provinsi = importInto(provinsi, banjar, newId);
        else if (step === 'tapin>provinsi') provinsi = importInto(provinsi, tapin, newId);
        else if (step === 'provinsi>banjar') banjar = importInto(banjar, provinsi, newId);
        else if (step === 'provinsi>tapin') tapin = importInto(tapin, provinsi, newId);
        else if (step === 'banjar>tapin') tapin = importInto(tapin, banjar, newId);
        else banjar = importInto(banjar, tapin, newId);
      }
      provinsi = importInto(importInto(provinsi, banjar, newId), tapin, newId);
      const reference = importInto(importInto(initial, banjar, newId), tapin, newId);
      const reversed = importInto(importInto(initial, tapin, newId), banjar, newId);
      const got = canonical(provinsi);
      expect(got, `seed ${seed}`).toEqual(canonical(reference));
      expect(got, `seed ${seed}`).toEqual(canonical(reversed));
      for (const [table, rows] of Object.entries(got)) {
        const keys = rows.map((r) => r.split(' ')[0]);
        expect(new Set(keys).size, `seed ${seed}: ${table} twice`).toBe(keys.length);
      }
    }
  }, 120_000);
});
