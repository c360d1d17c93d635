/**
 * The browser benchmark's Node participants: the project's own Socket.IO provider, as the
 * browser uses it, on a document of their own. Every wait here is on a provider event.
 */
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Refusal } from '../shared/protocol';
import { SocketIOProvider } from '../client/src/sync/socketio-provider';

export interface Participant {
  id: string;
  token: string;
  name: string;
}

export interface Connection {
  doc: Y.Doc;
  provider: SocketIOProvider;
  /** Resolves once the server has stored every local change; rejects on any refusal. */
  saved(): Promise<void>;
  close(): void;
}

const refusalError = (refusal: Refusal) => new Error(`The server refused the benchmark's change: ${refusal.error.code} ${refusal.error.message}`);

/** Connects with `token` and resolves once the board's content has arrived. */
export function connect(api: string, boardId: string, token: string): Promise<Connection> {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  // Seeding sessions are not people in the room: no presence unless set later.
  awareness.setLocalState(null);
  const provider = new SocketIOProvider(api, boardId, doc, { token, awareness, socketOptions: { transports: ['websocket'] } });
  let refused: Refusal | null = null;
  provider.on('refused', (refusal) => {
    // "Not now" (the provider offers the change again), as opposed to "not this".
    if (!['storage_unavailable', 'rate_limited'].includes(refusal.error.code)) refused = refusal;
  });
  const connection: Connection = {
    doc,
    provider,
    saved: () =>
      new Promise((resolve, reject) => {
        const settle = () => {
          if (refused) reject(refusalError(refused));
          else if (provider.saved) resolve();
          else return;
          provider.off('saved', settle);
          provider.off('refused', settle);
        };
        provider.on('saved', settle);
        provider.on('refused', settle);
        settle();
      }),
    close: () => {
      provider.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
  return new Promise((resolve, reject) => {
    const onSynced = (synced: boolean) => synced && (provider.off('synced', onSynced), resolve(connection));
    provider.on('synced', onSynced);
    provider.once('refused', (refusal) => reject(refusalError(refusal)));
  });
}

/** Runs `work` as `participant` on the board, waits until it is all stored, then leaves. */
export async function actAs<T>(api: string, boardId: string, token: string, work: (c: Connection) => Promise<T>): Promise<T> {
  const connection = await connect(api, boardId, token);
  try {
    const result = await work(connection);
    await connection.saved();
    return result;
  } finally {
    connection.close();
  }
}
