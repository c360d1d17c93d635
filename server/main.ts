/**
 * The server with the built client, configured from the environment: `npm start` and
 * `npm run serve` run it compiled (dist/server/main.js, see scripts/build-server.ts).
 */
import { fileURLToPath } from 'node:url';
import { startServer } from './app';
import { configFromEnv } from './config';

const config = configFromEnv();
// Compiled, this file is dist/server/main.js, beside dist/client; from sources, server/main.ts.
const compiled = import.meta.url.endsWith('.js');
config.clientDir ??= fileURLToPath(new URL(compiled ? '../client' : '../dist/client', import.meta.url));
const server = await startServer(config);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.log.info({ signal }, 'stopping: storing every board');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.log.error({ err }, 'unclean stop');
        process.exit(1);
      },
    );
  });
}
