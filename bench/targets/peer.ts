/**
 * The peers: the reference y-websocket server and Hocuspocus, each in a child process of its
 * own, memory only. Rooms are plain names and nobody is authenticated, so boards and
 * participants cost nothing to make; every client speaks the y-websocket protocol (in
 * Hocuspocus's framing for Hocuspocus).
 */
import { startChild, stopChild } from './server-child';
import { wsBase, type Target } from './target';

const SCRIPTS = {
  'y-websocket': new URL('../peers/ywebsocket-peer.ts', import.meta.url),
  hocuspocus: new URL('../peers/hocuspocus-peer.ts', import.meta.url),
} as const;

export async function startPeer(name: keyof typeof SCRIPTS, profileDir: string | null): Promise<Target> {
  const server = await startChild(SCRIPTS[name], {}, profileDir);
  let rooms = 0;
  return {
    name,
    durable: false,
    servers: [server],
    transports: [{ transport: name === 'hocuspocus' ? 'hocuspocus' : 'ywebsocket', share: 1 }],
    createBoards: async (count) => Array.from({ length: count }, () => ({ id: `room${rooms++}`, column: 'col', readerToken: 'bench' })),
    join: async (_board, n) => ({ token: 'bench', participantId: `p${n}` }),
    endpoint: () => ({ url: server.url, wsUrl: wsBase(server.url) }),
    stop: () => stopChild(server),
  };
}
