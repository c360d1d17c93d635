/** One Socket.IO session on a board, as the demo drives it: open, write, command, close. */
import * as Y from 'yjs';
import { cardsOf } from '@shared/board-model';
import type { FacilitatorCommand } from '@shared/facilitation';
import type { VoteRequest } from '@shared/protocol';
import { SocketIOProvider } from '../sync/socketio-provider';

export interface DemoConnection {
  doc: Y.Doc;
  /** Resolves once every change written so far is stored by the server. */
  saved(): Promise<void>;
  /** Resolves once these cards are in this session's document (written by another session). */
  holds(cardIds: readonly string[]): Promise<void>;
  command(command: FacilitatorCommand): Promise<void>;
  vote(request: VoteRequest): Promise<void>;
  close(): void;
}

function when(provider: SocketIOProvider, ready: () => boolean, event: 'synced' | 'saved'): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!ready()) return;
      stop();
      resolve();
    };
    // A refusal (a rule the demo broke) fails the demo rather than leaving it waiting.
    const refused = ({ error }: { error: { code: string; message: string } }) => {
      stop();
      reject(new Error(`${error.code}: ${error.message}`));
    };
    const stop = () => {
      provider.off(event, check);
      provider.off('refused', refused);
      provider.off('rejected', refused);
    };
    provider.on(event, check);
    provider.on('refused', refused);
    provider.on('rejected', refused);
    check();
  });
}

/** Opens the board with `token` and waits for the server's document. */
export async function connect(boardId: string, token: string): Promise<DemoConnection> {
  const doc = new Y.Doc();
  const provider = new SocketIOProvider(window.location.origin, boardId, doc, {
    token,
    // WebSocket first: the demo opens a dozen sessions at once, and their long-polling requests
    // would queue behind the browser's six connections per server; polling stays the fallback.
    socketOptions: { transports: ['websocket', 'polling'], tryAllTransports: true },
  });
  const answered = async (ack: ReturnType<SocketIOProvider['command']>, what: string) => {
    const result = await ack;
    if (!result.ok) throw new Error(`${what}: ${result.error.code}`);
  };
  const close = () => {
    provider.destroy();
    doc.destroy();
  };
  try {
    await when(provider, () => provider.synced, 'synced');
  } catch (err) {
    close();
    throw err;
  }
  return {
    doc,
    saved: () => when(provider, () => provider.saved, 'saved'),
    holds: (cardIds) => {
      const cards = cardsOf(doc);
      const present = () => cardIds.every((id) => cards.has(id));
      return new Promise((resolve) => {
        const check = () => {
          if (!present()) return;
          cards.unobserve(check);
          resolve();
        };
        cards.observe(check);
        check();
      });
    },
    command: (command) => answered(provider.command(command), command.type),
    vote: (request) => answered(provider.vote(request), 'vote'),
    close,
  };
}

/** One session per token on the board, opened at once; none is left open when one fails. */
export async function connectAll(boardId: string, tokens: readonly string[]): Promise<DemoConnection[]> {
  const opened = await Promise.allSettled(tokens.map((token) => connect(boardId, token)));
  const sessions = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failed = opened.find((o) => o.status === 'rejected');
  if (failed) {
    for (const session of sessions) session.close();
    throw failed.reason;
  }
  return sessions;
}

/** Runs `work` on the board, then closes the session once what it wrote is stored. */
export async function onBoard<T>(boardId: string, token: string, work: (c: DemoConnection) => T | Promise<T>): Promise<T> {
  const connection = await connect(boardId, token);
  try {
    const result = await work(connection);
    await connection.saved();
    return result;
  } finally {
    connection.close();
  }
}
