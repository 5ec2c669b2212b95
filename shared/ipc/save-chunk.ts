/**
 * Largest piece of a streamed save (`file:append-chunk`): the whole file never crosses IPC. Its own
 * module, so the renderer reads the number without evaluating the contract's schemas at start-up.
 */
export const MAX_SAVE_CHUNK_BYTES = 8 * 1024 * 1024;
