/** "Vers la feuille de route": the server makes an action from the card, once; the board says what happened. */
import type { TFunction } from '../i18n/translate';
import type { CarriedCard } from '@shared/synthesis';
import { failureText } from '../api/failure-text';
import { synthesisApi } from '../api/synthesis-api';

interface Outcome {
  markCarried(carried: CarriedCard): void;
  announce(message: string, failed?: boolean): void;
}

export async function carryToRoadmap(boardId: string, cardId: string, token: string, t: TFunction, outcome: Outcome): Promise<void> {
  try {
    const { created, boardId: roadmapBoardId, cardId: actionId } = await synthesisApi.toRoadmap(boardId, cardId, token);
    outcome.markCarried({ cardId, roadmapBoardId, actionId });
    outcome.announce(t(created ? 'synthesis.carried' : 'synthesis.alreadyCarried'));
  } catch (err) {
    outcome.announce(failureText(t, err), true);
  }
}
