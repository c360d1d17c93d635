/**
 * Suggestions of cards that say the same thing, for merging on a synthesis board: Jaccard
 * overlap of the cards' meaningful words (accents and case folded, French stopwords and
 * very short words dropped, a plural "s"/"x" trimmed). Pure, so the client computes it live.
 */
import { normaliseText } from './synthesis-rules';

const STOPWORDS = new Set(
  (
    'les des une aux par pour sur dans avec sans sous entre vers chez est sont ete etre avoir ont fait faire ' +
    'que qui quoi dont ou mais donc car pas plus moins tres trop peu bien tout tous toute toutes ' +
    'nous vous ils elles leur leurs notre nos votre vos son ses sa ce cet cette ces mon mes ton tes ' +
    'the and for with'
  ).split(' '),
);

export interface SimilarCandidate {
  id: string;
  text: string;
}

export interface SimilarPair {
  a: string;
  b: string;
  /** Jaccard index of the two word sets, 0..1. */
  score: number;
}

export const DEFAULT_SIMILARITY = 0.5;

/** The meaningful words of a text, as a set. */
export function wordsOf(text: string): Set<string> {
  const words = normaliseText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w))
    .map((w) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w));
  return new Set(words);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/** Pairs of cards at least `threshold` alike, most alike first. */
export function similarPairs(cards: readonly SimilarCandidate[], threshold = DEFAULT_SIMILARITY): SimilarPair[] {
  const words = cards.map((c) => ({ id: c.id, words: wordsOf(c.text) }));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const score = jaccard(words[i]!.words, words[j]!.words);
      if (score >= threshold) pairs.push({ a: words[i]!.id, b: words[j]!.id, score });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
