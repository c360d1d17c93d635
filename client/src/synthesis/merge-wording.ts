/** Which wording a merge keeps, and the text that makes (the server keeps every text without one). */
import { paragraphsToAppend } from '@shared/synthesis-rules';

export type Wording = 'this' | 'other' | 'both' | 'edit';

/** What keeping both texts gives, as the server writes it: the first, then the other when it says something else. */
export function bothTexts(into: string, other: string): string {
  return [into.trim(), ...paragraphsToAppend(into, [other])].filter((t) => t !== '').join('\n\n');
}

/** The text the merged card will hold. */
export function mergedText(wording: Wording, into: string, other: string, edited: string): string {
  if (wording === 'this') return into;
  if (wording === 'other') return other;
  return wording === 'edit' ? edited : bothTexts(into, other);
}

/** The `text` to send: none when both are kept (the server then folds in the text as it is by then). */
export function textToSend(wording: Wording, into: string, other: string, edited: string): string | undefined {
  return wording === 'both' ? undefined : mergedText(wording, into, other, edited);
}
