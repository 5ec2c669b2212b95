import type { z } from 'zod';
import type { Channel, IpcContract, IpcResponse, IpcResult } from '@shared/ipc/contract';
import { ipcContract } from '@shared/ipc/contract';
import { isAppUrl } from '../constants';
import { UserFacingError } from './user-error';

/** What a handler learns about the caller besides the payload. */
interface HandlerContext<S> {
  readonly sender: S;
}

type ParsedRequest<C extends Channel> = z.output<IpcContract[C]['request']>;

export type Impl<C extends Channel, S> = (
  request: ParsedRequest<C>,
  context: HandlerContext<S>,
) => Promise<IpcResponse<C>> | IpcResponse<C>;

/** The part of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface InvokeEventLike<S> {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: S;
}

export const FOREIGN_SENDER_MESSAGE =
  'Permintaan ditolak: pengirim bukan halaman aplikasi OVOP Desk.';
export const BAD_RESPONSE_MESSAGE = 'Jawaban internal aplikasi tidak sah. Laporkan ke pengembang.';

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'isi'}: ${issue.message}`)
    .join('; ');
}

type Logger = (message: string, error: unknown) => void;
const defaultLogger: Logger = (message, error) => console.error(message, error);

/**
 * The listener `handle()` registers, exposed for tests: sender check → request parse (payload is
 * `unknown`) → impl → response parse → envelope. It never throws; Error objects do not survive IPC.
 */
export function createInvokeListener<C extends Channel, S>(
  channel: C,
  impl: Impl<C, S>,
  log: Logger = defaultLogger,
): (event: InvokeEventLike<S>, payload: unknown) => Promise<IpcResult<IpcResponse<C>>> {
  const { request: requestSchema, response: responseSchema } = ipcContract[channel];
  return async (event, payload) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) {
      log(`IPC ${channel} ditolak dari ${frameUrl || '(bingkai tidak dikenal)'}`, undefined);
      return { ok: false, error: FOREIGN_SENDER_MESSAGE };
    }
    const parsed = requestSchema.safeParse(payload);
    if (!parsed.success) {
      return { ok: false, error: `Permintaan tidak sah: ${describeIssues(parsed.error.issues)}` };
    }
    let value: unknown;
    try {
      value = await impl(parsed.data as ParsedRequest<C>, { sender: event.sender });
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: error.message };
      log(`IPC ${channel} gagal`, error);
      return { ok: false, error: 'Terjadi kesalahan tak terduga di aplikasi. Coba lagi.' };
    }
    const checked = responseSchema.safeParse(value);
    if (!checked.success) {
      log(`IPC ${channel}: jawaban tidak cocok dengan kontrak`, checked.error);
      return { ok: false, error: BAD_RESPONSE_MESSAGE };
    }
    return { ok: true, value: checked.data as IpcResponse<C> };
  };
}
