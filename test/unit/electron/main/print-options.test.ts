import { describe, expect, it } from 'vitest';
import { ipcContract } from '@shared/ipc/contract';
import { appHandlers } from '../../../../electron/main/ipc/handlers/app';
import { printOptions, type PaperSize } from '../../../../electron/main/print-options';

describe('printOptions', () => {
  it('prints a letter on its own F4 paper, in microns, with no margins added', () => {
    expect(printOptions({ widthMm: 215, heightMm: 330 })).toEqual({
      silent: false,
      printBackground: true,
      margins: { marginType: 'none' },
      pageSize: { width: 215_000, height: 330_000 },
      landscape: false,
    });
  });

  it('leaves paper and margins to the printer when printing the screen', () => {
    const options = printOptions();
    expect(options.pageSize).toBeUndefined();
    expect(options.margins).toBeUndefined();
    expect(options.silent).toBe(false);
  });
});

describe('app:print-page handler', () => {
  const info = () => ({ name: 'OVOP Desk', version: '1', versions: {}, platform: 'linux x64' });

  it("hands the letter's paper and the sender to the print effect", async () => {
    const calls: { sender: string; paper?: PaperSize }[] = [];
    const handlers = appHandlers<string>({
      info,
      print: (sender, paper) => {
        calls.push({ sender, paper });
        return Promise.resolve(true);
      },
    });
    const result = await handlers['app:print-page'](
      { pageSize: { widthMm: 215, heightMm: 330 } },
      { sender: 'window-1' },
    );
    expect(result).toEqual({ printed: true });
    expect(calls).toEqual([{ sender: 'window-1', paper: { widthMm: 215, heightMm: 330 } }]);
  });

  it('reports a cancelled print dialog as not printed', async () => {
    const handlers = appHandlers<string>({ info, print: () => Promise.resolve(false) });
    expect(await handlers['app:print-page']({}, { sender: 'w' })).toEqual({ printed: false });
  });
});

describe('app:print-page request', () => {
  const request = ipcContract['app:print-page'].request;

  it('accepts no paper (the screen) or a plausible paper size', () => {
    expect(request.safeParse({}).success).toBe(true);
    expect(request.safeParse({ pageSize: { widthMm: 215, heightMm: 330 } }).success).toBe(true);
  });

  it('refuses a missing, zero or absurd paper size and unknown fields', () => {
    expect(request.safeParse({ pageSize: { widthMm: 0, heightMm: 330 } }).success).toBe(false);
    expect(request.safeParse({ pageSize: { widthMm: 215 } }).success).toBe(false);
    expect(request.safeParse({ pageSize: { widthMm: 215, heightMm: 99_999 } }).success).toBe(false);
    expect(request.safeParse({ silent: true }).success).toBe(false);
  });
});
