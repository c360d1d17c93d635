/**
 * Memory per idle board and per idle connection: open K boards with one client each, then,
 * on a fresh server, K more connections on one board; each time the server's resident memory
 * after, minus before, over K, once one board is open and one client connected. Boards are created and people joined before the first
 * reading, so that only opening boards and holding connections is counted. Resident memory
 * moves with the garbage collector: these are orders of magnitude, not exact costs.
 */
import type { RoleMix } from './roles';
import { assignRoles } from './roles';
import { SimClient } from '../sim-client';
import { rssMb } from '../targets/server-child';
import type { BoardRef, Target, TargetName } from '../targets/target';

export interface MemoryFigures {
  server: TargetName;
  k: number;
  kBPerIdleBoard: number;
  kBPerIdleConnection: number;
}

/** Lets the server finish what the connections set off before memory is read. */
const SETTLE_MS = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Writers only: the clients hold connections and send nothing. */
const IDLE: RoleMix = { observerShare: 0, replicaShare: 0 };

async function connectAll(target: Target, boards: BoardRef[], count: number, offset: number): Promise<SimClient[]> {
  const roles = assignRoles(count, target.transports, IDLE).map((r) => ({ ...r, role: 'writer' as const }));
  const clients: SimClient[] = [];
  for (let i = 0; i < count; i++) {
    const board = boards[i % boards.length]!;
    const { transport, role } = roles[i]!;
    const { token, participantId } = await target.join(board, offset + i);
    clients.push(new SimClient({ id: offset + i, transport, role, ...target.endpoint(i, transport), boardId: board.id, column: board.column, token, participantId }));
  }
  return clients;
}

/** The server's RSS growth, in kB per client, while `clients` connect. */
async function growth(target: Target, clients: SimClient[], k: number): Promise<number> {
  await sleep(SETTLE_MS);
  const before = await rssMb(target.servers[0]!);
  await Promise.all(clients.map((c) => c.connect()));
  await sleep(SETTLE_MS);
  const after = await rssMb(target.servers[0]!);
  return Math.round(((after - before) * 1024) / k);
}

export async function runMemory(start: () => Promise<Target>, k: number): Promise<MemoryFigures> {
  const boardsTarget = await start();
  // One board is opened first: what opening the first board starts once (code loaded, SQLite's
  // append thread) is no board's cost.
  const [firstBoard, ...boards] = await boardsTarget.createBoards(k + 1);
  const [opener] = await connectAll(boardsTarget, [firstBoard!], 1, k);
  await opener!.connect();
  const boardClients = await connectAll(boardsTarget, boards, k, 0);
  const kBPerIdleBoard = await growth(boardsTarget, boardClients, k);
  for (const c of [opener!, ...boardClients]) c.destroy();
  await boardsTarget.stop();

  const connectionsTarget = await start();
  const [board] = await connectionsTarget.createBoards(1);
  // The board is opened first, by one client: what follows is the connections' cost alone.
  const [first, ...others] = await connectAll(connectionsTarget, [board!], k + 1, 0);
  await first!.connect();
  const kBPerIdleConnection = await growth(connectionsTarget, others, k);
  for (const c of [first!, ...others]) c.destroy();
  await connectionsTarget.stop();
  return { server: boardsTarget.name, k, kBPerIdleBoard, kBPerIdleConnection };
}
