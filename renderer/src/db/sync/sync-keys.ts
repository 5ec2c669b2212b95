/** Rows of the `syncState` store. */
export const SYNC_CONFIG_KEY = 'connection';
export const SYNC_CURSOR_KEY = 'cursor';
export const SYNC_STATUS_KEY = 'status';
/** The highest outbox seq of the batch being sent: a re-send carries exactly the same rows. */
export const SYNC_INFLIGHT_KEY = 'pushing';
/** The largest attachment the server accepts (bytes), as it last said. */
export const SYNC_BLOB_LIMIT_KEY = 'blobLimit';
/** How far the pull under way has come (records received, total), saved with each page's cursor. */
export const SYNC_PULL_PROGRESS_KEY = 'pulling';
