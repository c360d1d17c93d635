/**
 * The y-protocols sync messages (step 1, step 2, update), shared by both transports.
 * Client updates go through BoardDoc.submit, so they are stored before anything else.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { AppError } from '../errors';
import type { BoardDoc } from './board-doc';
import type { AcceptedWrite } from './inspection/update-description';

export class InvalidMessageError extends Error {}

export interface SyncOutcome {
  /** A message to send back to the sender only (the answer to a step 1). */
  reply: Uint8Array | null;
  /** Resolves once the sender's update is stored (step 2 or update). */
  stored: Promise<void> | null;
}

/**
 * `guardWrite` throws (an AppError) when the sender may not apply this update, and otherwise
 * says what it does, so that the update is decoded once (see BoardAccess.guardWrite).
 */
export function handleSyncMessage(
  board: BoardDoc,
  message: Uint8Array,
  guardWrite: (update: Uint8Array) => AcceptedWrite,
): SyncOutcome {
  let type: number;
  let decoder: decoding.Decoder;
  try {
    decoder = decoding.createDecoder(message);
    type = decoding.readVarUint(decoder);
  } catch (err) {
    throw new InvalidMessageError(`malformed sync message: ${(err as Error).message}`);
  }
  try {
    switch (type) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = decoding.readVarUint8Array(decoder);
        const encoder = encoding.createEncoder();
        syncProtocol.writeSyncStep2(encoder, board.doc, stateVector);
        return { reply: encoding.toUint8Array(encoder), stored: null };
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        const { by, described } = guardWrite(update);
        return { reply: null, stored: board.submit(update, by, described) };
      }
      default:
        throw new InvalidMessageError(`unknown sync message type ${type}`);
    }
  } catch (err) {
    if (err instanceof InvalidMessageError || err instanceof AppError) throw err;
    throw new InvalidMessageError(`malformed sync message: ${(err as Error).message}`);
  }
}

export function syncStep1Message(board: BoardDoc): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, board.doc);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
