import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stubDialog } from 'electron-playwright-helpers';
import { afterEach, describe, expect, it } from 'vitest';
import { electronMissing } from './support/electron-binary';
import type { LaunchedApp } from './support/launch';
import { launchApp } from './support/launch';

interface SaveAnswer {
  ok: boolean;
  value?: { saved: boolean; token?: string; fileName?: string };
  error?: string;
}

type SaveApi = {
  fileSaveBytes: (r: unknown) => Promise<SaveAnswer>;
  fileRevealSaved: (r: unknown) => Promise<SaveAnswer>;
};

describe.skipIf(electronMissing)('Electron: IPC save', () => {
  let launched: LaunchedApp | undefined;
  afterEach(async () => launched?.close());

  it('writes the bytes to the path chosen in the (stubbed) save dialog and returns a token', async () => {
    launched = await launchApp();
    const target = join(launched.userDataDir, 'Surat Usulan.pdf');
    await stubDialog(launched.app, 'showSaveDialog', { filePath: target, canceled: false });
    const answer = await launched.window.evaluate(() =>
      (globalThis as unknown as { api: SaveApi }).api.fileSaveBytes({
        suggestedName: 'Surat Usulan.pdf',
        bytes: new Uint8Array([37, 80, 68, 70]),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
    expect(answer.ok).toBe(true);
    expect(answer.value).toMatchObject({ saved: true, fileName: 'Surat Usulan.pdf' });
    expect(answer.value?.token).toMatch(/^[a-f0-9-]{36}$/);
    expect(existsSync(target)).toBe(true);
    expect([...readFileSync(target)]).toEqual([37, 80, 68, 70]);
  });

  it('refuses a token main never issued and a path in place of a name', async () => {
    launched = await launchApp();
    const answers = await launched.window.evaluate(async () => {
      const api = (globalThis as unknown as { api: SaveApi }).api;
      return [
        await api.fileRevealSaved({ token: '11111111-1111-4111-8111-111111111111' }),
        await api.fileSaveBytes({
          suggestedName: '../../evil.pdf',
          bytes: new Uint8Array([1]),
          filters: [],
        }),
      ];
    });
    expect(answers.map((a) => a.ok)).toEqual([false, false]);
  });
});
