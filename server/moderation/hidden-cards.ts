/**
 * Hiding a card from the room (issue 12 §7): its words go into storage first, then out of the
 * board's document in one server edit; showing it writes them back. Who reads the hidden words:
 * the board's facilitators and organisers all of them, a participant their own, a projector none.
 */
import { cardsOf, readCard } from '@shared/board-model';
import type { HiddenCard } from '@shared/moderation';
import type { TokenClaims } from '@shared/protocol';
import { can } from '@shared/roles';
import type { BoardDoc } from '../docs/board-doc';
import type { BoardRegistry } from '../docs/board-registry';
import { AppError } from '../errors';
import type { Storage } from '../storage/storage';
import { hideInDoc, showInDoc } from './card-visibility';
import type { ModeratorAccess } from './moderator-access';

interface Deps {
  storage: Pick<Storage, 'moderation' | 'exclusive' | 'loadBoard'>;
  registry: BoardRegistry;
  access: ModeratorAccess;
  now?: () => number;
}

const noCard = () => new AppError('not_found', 'No such card');

export class HiddenCards {
  private readonly now: () => number;

  constructor(private readonly deps: Deps) {
    this.now = deps.now ?? Date.now;
  }

  async hide(claims: TokenClaims, boardId: string, cardId: string, reason: string): Promise<void> {
    // AUTH
    const { access } = this.deps;
    const store = this.deps.storage.moderation;
    await access.requireModerator(claims, boardId);
    await access.requireOpen(claims);
    // RESOLUTION
    await this.alone(boardId, async (board) => {
      const card = readCard(cardId, cardsOf(board.doc).get(cardId));
      if (!card) throw noCard();
      const record = { boardId, cardId, reason, author: card.author, hiddenBy: claims.pid, hiddenAt: this.now() };
      if (card.hidden !== undefined) {
        // Hidden already: a new reason, the words kept as they are.
        await store.hide({ ...record, text: '' });
        await board.change((doc) => void cardsOf(doc).get(cardId)?.set('hidden', reason), claims.pid);
        return;
      }
      // Stored before the document forgets them: a crash between the two loses no words.
      await store.hide({ ...record, text: card.text });
      await board.change((doc) => void hideInDoc(doc, cardId, reason), claims.pid);
      // A keystroke accepted while the edit waited its turn lands after it: empty that too,
      // keeping its characters. Later ones are refused (card_hidden), so once is enough.
      await board.drain();
      const late = readCard(cardId, cardsOf(board.doc).get(cardId))?.text ?? '';
      if (late.length === 0) return;
      await store.hide({ ...record, text: late });
      await board.change((doc) => void hideInDoc(doc, cardId, reason), claims.pid);
    });
  }

  async show(claims: TokenClaims, boardId: string, cardId: string): Promise<void> {
    // AUTH
    const { access } = this.deps;
    const store = this.deps.storage.moderation;
    await access.requireModerator(claims, boardId);
    await access.requireOpen(claims);
    // RESOLUTION
    await this.alone(boardId, async (board) => {
      const kept = (await store.hidden(boardId)).find((r) => r.cardId === cardId);
      const map = cardsOf(board.doc).get(cardId);
      if (!kept && typeof map?.get('hidden') !== 'string') throw noCard();
      // The words go back into the document before storage lets go of them.
      await board.change((doc) => void showInDoc(doc, cardId, kept?.text ?? ''), claims.pid);
      await store.unhide(boardId, cardId);
    });
  }

  /** The hidden cards still on the board that this bearer may read. */
  async list(claims: TokenClaims, boardId: string): Promise<HiddenCard[]> {
    // AUTH
    const { access } = this.deps;
    await access.board(claims, boardId);
    if (!can(claims.role, 'board.edit')) throw new AppError('forbidden', 'This role reads no hidden card');
    const everyone = access.moderates(claims, boardId);
    // RESOLUTION
    const records = await this.deps.storage.moderation.hidden(boardId);
    const mine = records.filter((r) => everyone || r.author === claims.pid);
    if (mine.length === 0) return [];
    return this.deps.registry.using(boardId, async (board) => {
      const cards = cardsOf(board.doc);
      return mine
        .filter((r) => typeof cards.get(r.cardId)?.get('hidden') === 'string')
        .map(({ cardId, text, reason, author, hiddenAt }) => ({ cardId, text, reason, author, hiddenAt }));
    });
  }

  /**
   * One hide or show of a board at a time, on every instance, on the board as stored (another
   * instance's last writes may still be on their way) with the updates accepted here applied:
   * the words read are the last ones, and hiding twice at once never keeps them twice.
   */
  private alone(boardId: string, work: (board: BoardDoc) => Promise<void>): Promise<void> {
    return this.deps.storage.exclusive(`moderation:${boardId}`, () =>
      this.deps.registry.usingStored(boardId, async (board) => {
        await board.drain();
        await work(board);
      }),
    );
  }

}
