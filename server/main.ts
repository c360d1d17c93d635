/** `npm start`: the server with the built client, configured from the environment. */
import { fileURLToPath } from 'node:url';
import { startServer } from './app';
import { configFromEnv } from './config';

const config = configFromEnv();
config.clientDir ??= fileURLToPath(new URL('../dist/client', import.meta.url));
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
