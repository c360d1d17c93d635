/**
 * "Someone else types": a participant in Node who shows that they are editing a card (the
 * presence the browser client sets on focus) and types into it at a steady rate, one
 * document change per key, as the client's text field does.
 */
import type * as Y from 'yjs';
import { cardText } from '../shared/board-model';
import { PRESENCE_COLORS } from '../client/src/identity/identity-store';
import { connect, type Connection, type Participant } from './browser-provider';

export class RemoteTypist {
  private constructor(
    private readonly connection: Connection,
    private readonly person: Participant,
  ) {}

  static async join(api: string, boardId: string, person: Participant): Promise<RemoteTypist> {
    const typist = new RemoteTypist(await connect(api, boardId, person.token), person);
    typist.editing(null);
    return typist;
  }

  private editing(cardId: string | null): void {
    const user = { name: this.person.name, color: PRESENCE_COLORS[3], id: this.person.id };
    this.connection.provider.awareness.setLocalState({ user, editing: cardId });
  }

  /** Types `text` at the end of the card, `keysPerSecond` on a fixed schedule; resolves once stored. */
  async type(cardId: string, text: string, keysPerSecond: number): Promise<void> {
    const target = cardText(this.connection.doc, cardId);
    if (!target) throw new Error(`No card ${cardId} in the typist's document`);
    this.editing(cardId);
    const start = performance.now();
    for (const [i, key] of [...text].entries()) {
      // A fixed schedule, not a pause after each key: slow sends must not slow the rate.
      const due = start + (i * 1_000) / keysPerSecond - performance.now();
      if (due > 0) await new Promise((r) => setTimeout(r, due));
      target.insert(target.length, key);
    }
    this.editing(null);
    await this.connection.saved();
  }

  /** Whether the card's text comes to contain `fragment` (typed by someone else) within `timeoutMs`. */
  receives(cardId: string, fragment: string, timeoutMs: number): Promise<boolean> {
    const text = cardText(this.connection.doc, cardId);
    if (!text) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        text.unobserve(check);
        resolve(ok);
      };
      const check = (_event?: Y.YTextEvent) => text.toString().includes(fragment) && done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      text.observe(check);
      check();
    });
  }

  close(): void {
    this.connection.close();
  }
}
