import type { Channel } from '@shared/ipc/contract';
import type { Impl } from './handle';

/** One implementation per contract channel; a missing channel is a type error. */
export type HandlerMap<S> = { [C in Channel]: Impl<C, S> };
