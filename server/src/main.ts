import { loadConfig } from './config';
import { startServer } from './start';

/** `npm run server`: the shared register for an office and its kab/kota (see server/README.md). */
try {
  const server = await startServer(loadConfig());
  console.log(`Server OVOP Desk berjalan di ${server.url}`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
