/**
 * The reference y-websocket server (@y/websocket-server) as a benchmark peer, in its own
 * process: every room `ws://host/<room>` is a Y.Doc in memory, nothing is persisted (no
 * YPERSISTENCE), no one is authenticated and nothing is checked.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { answerStats } from './process-stats';

const http = createServer((_req, res) => res.writeHead(404).end());
const wss = new WebSocketServer({ server: http });
wss.on('connection', (socket, request) => setupWSConnection(socket, request));
http.listen(0, '127.0.0.1', () => {
  const { port } = http.address() as AddressInfo;
  answerStats(`http://127.0.0.1:${port}`, () => new Promise((resolve) => (wss.close(), http.close(() => resolve()))));
});
