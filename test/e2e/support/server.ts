/** Must match vite.config.ts (WEB_HOST/WEB_PORT): IndexedDB is per origin, so the port is fixed
 * (OVOP_WEB_PORT, for test runs only, moves both together). */
export const WEB_BASE_URL = `http://127.0.0.1:${process.env.OVOP_WEB_PORT ?? '5178'}`;
