import { maxLength, strictObject, string, type output } from 'zod/mini';

/**
 * Events from main to the renderer (menu clicks). The preload exposes `on<Name>(listener)` and
 * checks every payload with these schemas. Named imports of zod's tree-shakable build keep the
 * bundled preload small (a `z` namespace import would bring all of zod along).
 */
export const ipcEvents = {
  'command:run': strictObject({ id: string().check(maxLength(60)) }),
} as const;

export type EventChannel = keyof typeof ipcEvents;
export type EventPayload<E extends EventChannel> = output<(typeof ipcEvents)[E]>;
