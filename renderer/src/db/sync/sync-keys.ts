/** Rows of the `syncState` store. */
export const SYNC_CONFIG_KEY = 'connection';
export const SYNC_CURSOR_KEY = 'cursor';
export const SYNC_STATUS_KEY = 'status';
