/** A server under load, Coatelier or a peer, as the load and memory runs see it. */
import type { Transport } from '../load/connect';
import type { TransportShare } from '../scenarios/roles';
import type { ServerChild } from './server-child';

export type TargetName = 'coatelier' | 'y-websocket' | 'hocuspocus';

export interface BoardRef {
  id: string;
  column: string;
  /** A token that may read the board: the newcomer that checks convergence loads with it. */
  readerToken: string;
}

export interface Participant {
  token: string;
  participantId: string;
}

export interface Target {
  name: TargetName;
  /** Whether every update is stored durably before it is acknowledged. */
  durable: boolean;
  servers: ServerChild[];
  transports: readonly TransportShare[];
  createBoards(count: number): Promise<BoardRef[]>;
  join(board: BoardRef, n: number): Promise<Participant>;
  /** The URLs a client of server `instance` uses for `transport`. */
  endpoint(instance: number, transport: Transport): { url: string; wsUrl: string };
  stop(): Promise<void>;
}

export const wsBase = (url: string) => url.replace(/^http/, 'ws');
