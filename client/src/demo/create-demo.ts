/** Creates the sample workshop and fills its boards through the same path as any edit. */
import * as Y from 'yjs';
import { addCard } from '@shared/board-model';
import { newId } from '@shared/ids';
import type { CreatedWorkshop } from '@shared/protocol';
import { cardLink, setRoadmapFields } from '@shared/roadmap';
import { api } from '../api/api-client';
import { SocketIOProvider } from '../sync/socketio-provider';
import { localDay } from '../roadmap/roadmap-table';
import { DEMO_BOARDS, DEMO_PLACE, DEMO_TITLE, type DemoAction } from './demo-content';

function when(provider: SocketIOProvider, ready: () => boolean, event: 'synced' | 'saved'): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!ready()) return;
      provider.off(event, check);
      resolve();
    };
    provider.on(event, check);
    check();
  });
}

export async function createDemoWorkshop(): Promise<CreatedWorkshop> {
  const workshop = await api.createWorkshop({ title: DEMO_TITLE, template: 'rencontre-ess', place: DEMO_PLACE });
  const start = Date.now() - 3_600_000;
  // Ids chosen beforehand, so that roadmap actions can link to cards of the other boards.
  const ids = DEMO_BOARDS.map((cards) => cards.map(() => newId()));
  const fieldsOf = (action: DemoAction) => ({
    leadKind: action.leadKind,
    leadName: action.leadName,
    partners: action.partners,
    status: action.status,
    due: action.dueInDays === null ? null : localDay(new Date(start + action.dueInDays * 86_400_000)),
    links: action.answers.flatMap(([b, c]) => {
      const board = workshop.boards[b];
      const id = ids[b]?.[c];
      return board && id ? [cardLink(board.id, id)] : [];
    }),
  });
  await Promise.all(
    workshop.boards.map(async (board, b) => {
      const doc = new Y.Doc();
      const provider = new SocketIOProvider(window.location.origin, board.id, doc, { token: workshop.organiserToken });
      await when(provider, () => provider.synced, 'synced');
      doc.transact(() => {
        (DEMO_BOARDS[b] ?? []).forEach((card, i) => {
          const column = board.columns[card.column];
          if (!column) return;
          const id = ids[b]![i]!;
          addCard(doc, {
            id,
            column: column.id,
            author: `demo-${card.author}`,
            authorName: card.author,
            color: card.color,
            text: card.text,
            createdAt: start + i * 97_000,
          });
          if (card.action && board.kind === 'roadmap') setRoadmapFields(doc, id, fieldsOf(card.action));
        });
      });
      await when(provider, () => provider.saved, 'saved');
      provider.destroy();
      doc.destroy();
    }),
  );
  return workshop;
}
