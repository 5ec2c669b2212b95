import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SAVE_CHUNK_BYTES } from '@shared/ipc/save-chunk';
import { createInvokeListener } from '../../../../../../electron/main/ipc/invoke-listener';
import { saveStreamHandlers } from '../../../../../../electron/main/ipc/handlers/save-stream';
import { SavedFileRegistry } from '../../../../../../electron/main/services/saved-files';
import {
  CLOSED_SAVE_MESSAGE,
  StreamingSaves,
  UNKNOWN_SAVE_MESSAGE,
} from '../../../../../../electron/main/services/streaming-save';
import type { FakeSender } from '../../../../../support/factories/electron';
import {
  appFrame,
  makeBytes,
  makeInvokeEvent,
  makeTempDir,
} from '../../../../../support/factories/electron';

const quiet = () => undefined;
const zip = [{ name: 'Arsip ZIP', extensions: ['zip'] }];
const temps: { cleanup: () => void }[] = [];

afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

/** Handlers over a real temp folder; `chosen: null` stands for a cancelled save dialog. */
function setup(chosen: string | null = 'Paket-Usulan.zip') {
  const temp = makeTempDir('ovop-save-stream-');
  temps.push(temp);
  let n = 0;
  const token = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const target = chosen === null ? undefined : join(temp.dir, chosen);
  const saves = new StreamingSaves(token);
  const h = saveStreamHandlers<FakeSender>({
    dialogs: {
      chooseSavePath: vi.fn(() => Promise.resolve(target)),
      chooseOpenPath: vi.fn(() => Promise.resolve(undefined)),
    },
    saved: new SavedFileRegistry(token),
    saves,
    windowId: (sender) => sender.id,
  });
  return {
    dir: temp.dir,
    target: target ?? '',
    saves,
    listing: () => readdirSync(temp.dir),
    begin: createInvokeListener('file:begin-save', h['file:begin-save'], quiet),
    append: createInvokeListener('file:append-chunk', h['file:append-chunk'], quiet),
    finish: createInvokeListener('file:finish-save', h['file:finish-save'], quiet),
    abort: createInvokeListener('file:abort-save', h['file:abort-save'], quiet),
  };
}

type Setup = ReturnType<typeof setup>;

async function started(s: Setup): Promise<string> {
  const result = await s.begin(appFrame(), { suggestedName: 'Paket-Usulan.zip', filters: zip });
  if (!result.ok || !result.value.started)
    throw new Error(`begin failed: ${JSON.stringify(result)}`);
  return result.value.token;
}

function errorOf(result: { ok: true } | { ok: false; error: string }): string {
  return result.ok ? '(berhasil)' : result.error;
}

describe('streamed save (file:begin-save → append-chunk → finish-save)', () => {
  it('writes the exact bytes of every chunk, in order, and the final name appears only at finish', async () => {
    const s = setup();
    const token = await started(s);
    const chunks = [makeBytes(1000, 1), makeBytes(0), makeBytes(70_000, 2), makeBytes(3, 3)];
    let total = 0;
    for (const bytes of chunks) {
      total += bytes.length;
      expect(await s.append(appFrame(), { token, bytes })).toEqual({
        ok: true,
        value: { written: total },
      });
    }
    expect(existsSync(s.target)).toBe(false);
    const done = await s.finish(appFrame(), { token });
    expect(done).toEqual({
      ok: true,
      value: {
        saved: true,
        token: '00000000-0000-4000-8000-000000000002',
        fileName: 'Paket-Usulan.zip',
      },
    });
    expect(new Uint8Array(readFileSync(s.target))).toEqual(
      Uint8Array.from(chunks.flatMap((c) => [...c])),
    );
    expect(s.listing()).toEqual(['Paket-Usulan.zip']);
  });

  it('replaces an existing file only when the save finishes, and keeps it on abort', async () => {
    const s = setup();
    writeFileSync(s.target, 'paket lama');
    const aborted = await started(s);
    await s.append(appFrame(), { token: aborted, bytes: makeBytes(500) });
    expect(await s.abort(appFrame(), { token: aborted })).toEqual({
      ok: true,
      value: { aborted: true },
    });
    expect(readFileSync(s.target, 'utf8')).toBe('paket lama');
    expect(s.listing()).toEqual(['Paket-Usulan.zip']);

    const token = await started(s);
    await s.append(appFrame(), { token, bytes: makeBytes(500) });
    expect(readFileSync(s.target, 'utf8')).toBe('paket lama');
    expect((await s.finish(appFrame(), { token })).ok).toBe(true);
    expect(new Uint8Array(readFileSync(s.target))).toEqual(makeBytes(500));
  });

  it('abort leaves no file at all when there was none', async () => {
    const s = setup();
    const token = await started(s);
    await s.append(appFrame(), { token, bytes: makeBytes(2048) });
    expect(s.listing()).toHaveLength(1);
    await s.abort(appFrame(), { token });
    expect(s.listing()).toEqual([]);
  });

  it('a cancelled dialog starts nothing and creates no file', async () => {
    const s = setup(null);
    expect(await s.begin(appFrame(), { suggestedName: 'Paket.zip', filters: zip })).toEqual({
      ok: true,
      value: { started: false },
    });
    expect(s.listing()).toEqual([]);
  });

  it('a crash mid-stream (no finish) leaves only a temp file that never has the final name', async () => {
    const s = setup();
    const token = await started(s);
    await s.append(appFrame(), { token, bytes: makeBytes(4096) });
    // The process dies here: nothing else runs. What is on disk is what the user finds.
    const left = s.listing();
    expect(left).toHaveLength(1);
    expect(left[0]).not.toBe('Paket-Usulan.zip');
    expect(left[0]?.startsWith('.tmp-')).toBe(true);
    expect(existsSync(s.target)).toBe(false);
  });

  it('refuses tokens it did not issue, from another window, and reveal tokens used as save tokens', async () => {
    const s = setup();
    const token = await started(s);
    const foreign = '11111111-1111-4111-8111-111111111111';
    expect(errorOf(await s.append(appFrame(), { token: foreign, bytes: makeBytes(1) }))).toBe(
      UNKNOWN_SAVE_MESSAGE,
    );
    expect(errorOf(await s.finish(appFrame(), { token: foreign }))).toBe(UNKNOWN_SAVE_MESSAGE);
    expect(errorOf(await s.abort(appFrame(), { token: foreign }))).toBe(UNKNOWN_SAVE_MESSAGE);
    const otherWindow = makeInvokeEvent('app://ovop/index.html', { id: 2 });
    expect(errorOf(await s.append(otherWindow, { token, bytes: makeBytes(1) }))).toBe(
      UNKNOWN_SAVE_MESSAGE,
    );
    expect(errorOf(await s.finish(otherWindow, { token }))).toBe(UNKNOWN_SAVE_MESSAGE);
    expect(
      (await s.append(appFrame(), { token: '../../etc/passwd', bytes: makeBytes(1) })).ok,
    ).toBe(false);

    // The window that began the save can still finish it: the refusals changed nothing.
    await s.append(appFrame(), { token, bytes: makeBytes(10) });
    const done = await s.finish(appFrame(), { token });
    if (!done.ok) throw new Error(done.error);
    expect(
      errorOf(await s.append(appFrame(), { token: done.value.token, bytes: makeBytes(1) })),
    ).toBe(UNKNOWN_SAVE_MESSAGE);
    expect(new Uint8Array(readFileSync(s.target))).toEqual(makeBytes(10));
  });

  it('refuses a chunk over 8 MB with an Indonesian message and writes nothing of it', async () => {
    const s = setup();
    const token = await started(s);
    const big = await s.append(appFrame(), {
      token,
      bytes: new Uint8Array(MAX_SAVE_CHUNK_BYTES + 1),
    });
    expect(errorOf(big)).toMatch(/Potongan data terlalu besar; paling banyak 8 MB per potongan/);
    expect(await s.append(appFrame(), { token, bytes: makeBytes(5) })).toEqual({
      ok: true,
      value: { written: 5 },
    });
  });

  it('refuses to append, finish or abort again after finish, and after abort', async () => {
    const s = setup();
    const token = await started(s);
    await s.append(appFrame(), { token, bytes: makeBytes(8) });
    expect((await s.finish(appFrame(), { token })).ok).toBe(true);
    expect(errorOf(await s.append(appFrame(), { token, bytes: makeBytes(1) }))).toBe(
      CLOSED_SAVE_MESSAGE,
    );
    expect(errorOf(await s.finish(appFrame(), { token }))).toBe(CLOSED_SAVE_MESSAGE);
    expect(errorOf(await s.abort(appFrame(), { token }))).toBe(CLOSED_SAVE_MESSAGE);
    expect(new Uint8Array(readFileSync(s.target))).toEqual(makeBytes(8));

    const second = await started(s);
    await s.abort(appFrame(), { token: second });
    expect(errorOf(await s.append(appFrame(), { token: second, bytes: makeBytes(1) }))).toBe(
      CLOSED_SAVE_MESSAGE,
    );
  });

  it('keeps chunk order when appends are sent without waiting for each other', async () => {
    const s = setup();
    const token = await started(s);
    const chunks = Array.from({ length: 6 }, (_, i) => makeBytes(10_000 + i, i));
    const answers = await Promise.all(
      chunks.map((bytes) => s.append(appFrame(), { token, bytes })),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    const finishing = s.finish(appFrame(), { token });
    expect((await finishing).ok).toBe(true);
    expect(new Uint8Array(readFileSync(s.target))).toEqual(
      Uint8Array.from(chunks.flatMap((c) => [...c])),
    );
  });

  it('abortAll (app quitting) deletes every open temp file and leaves finished files alone', async () => {
    const s = setup();
    const done = await started(s);
    await s.append(appFrame(), { token: done, bytes: makeBytes(3) });
    await s.finish(appFrame(), { token: done });
    const open1 = await started(s);
    const open2 = await started(s);
    await s.append(appFrame(), { token: open1, bytes: makeBytes(7) });
    expect(s.saves.openCount).toBe(2);
    await s.saves.abortAll();
    expect(s.saves.openCount).toBe(0);
    expect(s.listing()).toEqual(['Paket-Usulan.zip']);
    expect(errorOf(await s.append(appFrame(), { token: open2, bytes: makeBytes(1) }))).toBe(
      CLOSED_SAVE_MESSAGE,
    );
  });

  it('a folder that cannot be written gives an Indonesian message and no token', async () => {
    const s = setup(join('tidak-ada', 'Paket.zip'));
    expect(errorOf(await s.begin(appFrame(), { suggestedName: 'Paket.zip', filters: zip }))).toBe(
      'Berkas "Paket.zip" tidak dapat disimpan. Periksa izin folder dan ruang disk.',
    );
    expect(s.saves.openCount).toBe(0);
  });
});
