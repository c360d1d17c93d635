/**
 * Hocuspocus as a benchmark peer, in its own process, with no extension: documents live in
 * memory only (no onStoreDocument), and no onAuthenticate hook, so any token is accepted.
 */
import { Server } from '@hocuspocus/server';
import { answerStats } from './process-stats';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();
answerStats(`http://127.0.0.1:${server.address.port}`, () => server.destroy());
