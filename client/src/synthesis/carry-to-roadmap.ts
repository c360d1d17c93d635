/** "Vers la feuille de route": the server makes an action from the card, once; the board says what happened. */
import type { TFunction } from 'i18next';
import type { ApiError } from '@shared/protocol';
import { ApiRequestError } from '../api/api-client';
import { synthesisApi } from '../api/synthesis-api';
import { refusalText } from '../i18n/refusal-text';

interface Outcome {
  markCarried(cardId: string): void;
  announce(message: string, failed?: boolean): void;
}

/** A failed API call in the reader's language: by the server's code, or as a network failure. */
export function failureText(t: TFunction, err: unknown): string {
  if (err instanceof ApiRequestError && err.code !== 'network') {
    return refusalText(t, { code: err.code as ApiError['error']['code'], message: err.message });
  }
  return t('errors.network');
}

export async function carryToRoadmap(boardId: string, cardId: string, token: string, t: TFunction, outcome: Outcome): Promise<void> {
  try {
    const { created } = await synthesisApi.toRoadmap(boardId, cardId, token);
    outcome.markCarried(cardId);
    outcome.announce(t(created ? 'synthesis.carried' : 'synthesis.alreadyCarried'));
  } catch (err) {
    outcome.announce(failureText(t, err), true);
  }
}
