import { dequal } from 'dequal';
import { describe, expect, it } from 'vitest';
import { answerLive, type LiveBox } from '../../../../renderer/src/db/live';

interface Page {
  rows: { id: string; name: string; legality: { label: string } }[];
  total: number;
}

const page = (names: readonly string[]): Page => ({
  rows: names.map((name, i) => ({ id: `ikm-${i}`, name, legality: { label: 'Belum ada' } })),
  total: names.length,
});

describe('answerLive: one run of a live query', () => {
  it('keeps the box shown when the new answer is the same data, so nothing renders again', async () => {
    const shown: LiveBox<Page> = { value: page(['CV Amplang', 'UD Sasirangan']) };
    const memory = { box: shown };
    const answer = await answerLive(
      () => Promise.resolve(page(['CV Amplang', 'UD Sasirangan'])),
      memory,
      dequal,
    );
    expect(answer).toBe(shown);
    expect(memory.box).toBe(shown);
  });

  it('gives a new box when anything shown changed, down to a nested label', async () => {
    const memory = { box: { value: page(['CV Amplang']) } as LiveBox<Page> };
    const changed = page(['CV Amplang']);
    changed.rows[0]!.legality.label = '1 dokumen';
    const answer = await answerLive(() => Promise.resolve(changed), memory, dequal);
    expect(answer.value).toBe(changed);
    expect(memory.box).toBe(answer);
    const renamed = await answerLive(
      () => Promise.resolve(page(['CV Amplang Jaya'])),
      memory,
      dequal,
    );
    expect(renamed.value?.rows[0]?.name).toBe('CV Amplang Jaya');
  });

  it('always gives a new box without a comparison, as before', async () => {
    const shown: LiveBox<Page> = { value: page(['CV Amplang']) };
    const memory = { box: shown };
    const answer = await answerLive(() => Promise.resolve(page(['CV Amplang'])), memory);
    expect(answer).not.toBe(shown);
    expect(answer.value).toEqual(shown.value);
    expect(memory.box).toBe(answer);
  });

  it('boxes a failed read as its message, and the next good answer replaces it', async () => {
    const memory: { box?: LiveBox<Page> } = {};
    const failed = await answerLive(
      () => Promise.reject(new Error('Basis data tidak dapat dibaca')),
      memory,
      dequal,
    );
    expect(failed).toEqual({ error: 'Basis data tidak dapat dibaca' });
    const good = await answerLive(() => Promise.resolve(page(['CV Amplang'])), memory, dequal);
    expect(good.value?.total).toBe(1);
    expect(memory.box).toBe(good);
  });
});
