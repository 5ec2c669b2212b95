/** Must match vite.config.ts (WEB_HOST/WEB_PORT): IndexedDB is per origin, so the port is fixed. */
export const WEB_BASE_URL = 'http://127.0.0.1:5178';
