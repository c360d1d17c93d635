import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MESSAGE, frame, openingFrames, readFrame } from './wire';

describe('y-protocols framing', () => {
  it('sends y-websocket frames bare and Hocuspocus frames addressed to their document', () => {
    const bare = frame('ywebsocket', 'room1', MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, new Uint8Array([7])));
    expect([...bare]).toEqual([1, 1, 7]);
    const addressed = frame('hocuspocus', 'room1', MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, new Uint8Array([7])));
    const { type, decoder } = readFrame('hocuspocus', addressed);
    expect(type).toBe(MESSAGE.awareness);
    expect([...decoding.readVarUint8Array(decoder)]).toEqual([7]);
  });

  it('authenticates first with Hocuspocus only', () => {
    expect(openingFrames('ywebsocket', 'room1', 't')).toEqual([]);
    const [auth] = openingFrames('hocuspocus', 'room1', 'bench');
    const decoder = decoding.createDecoder(auth!);
    expect([decoding.readVarString(decoder), decoding.readVarUint(decoder), decoding.readVarUint(decoder), decoding.readVarString(decoder)]).toEqual([
      'room1', MESSAGE.auth, 0, 'bench',
    ]);
  });
});
