/**
 * What two replicas of a board must agree on to count as converged: the same Yjs state
 * vector and the same cards with the same text. Card ids are sorted because a Y.Map iterates
 * in the order each replica happened to integrate the cards.
 */
import * as Y from 'yjs';
import { cardText, cardsOf } from '../shared/board-model';

export function boardFingerprint(doc: Y.Doc): string {
  const stateVector = Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  const cards = [...cardsOf(doc).keys()].sort().map((id) => `${id}=${cardText(doc, id)?.toString() ?? ''}`);
  return `${stateVector}\n${cards.join('\n')}`;
}

/** True when every replica has `expectedCards` cards and all share one fingerprint. */
export function converged(docs: readonly Y.Doc[], expectedCards: number): boolean {
  // Counting is cheap; fingerprints only once the counts agree.
  if (!docs.every((doc) => cardsOf(doc).size === expectedCards)) return false;
  const [first, ...others] = docs.map(boardFingerprint);
  return others.every((f) => f === first);
}
