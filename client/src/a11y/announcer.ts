/**
 * The one polite live region's writer (RGAA 7.5). Messages that arrive within a short window
 * are read as one: "3 nouvelles cartes dans « Ce qui marche »" rather than three sentences
 * cut off by each other. The region is emptied when a batch opens and filled when it closes,
 * so that a message equal to the last one is read again (screen readers skip unchanged text).
 */

/** Long enough to gather a burst (a reveal, a paste), short enough to follow the room. */
export const BATCH_MS = 1_000;

/** A plain sentence, or a card that arrived, grouped with others of its column. */
export type Announcement = { kind: 'text'; text: string } | { kind: 'card'; column: string; author: string };

/** The sentences a batch of cards becomes, in the interface's language. */
export interface CardWords {
  one: (column: string, author: string) => string;
  many: (column: string, count: number) => string;
}

/** One batch as sentences: cards grouped by column (in order of arrival), texts once each. */
export function summarize(items: readonly Announcement[], words: CardWords): string[] {
  const lines: string[] = [];
  const columns = new Map<string, { index: number; authors: string[] }>();
  for (const item of items) {
    if (item.kind === 'text') {
      if (!lines.includes(item.text)) lines.push(item.text);
      continue;
    }
    const group = columns.get(item.column);
    if (group) group.authors.push(item.author);
    else {
      columns.set(item.column, { index: lines.length, authors: [item.author] });
      lines.push('');
    }
  }
  for (const [column, { index, authors }] of columns) {
    lines[index] = authors.length === 1 ? words.one(column, authors[0]!) : words.many(column, authors.length);
  }
  return lines;
}

export class Announcer {
  private queue: Announcement[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private region: HTMLElement | null = null;

  constructor(private readonly words: () => CardWords) {}

  /** The live region, present in the page from the first render; null when it unmounts. */
  attach(region: HTMLElement | null): void {
    this.region = region;
  }

  announce = (item: Announcement | string): void => {
    this.queue.push(typeof item === 'string' ? { kind: 'text', text: item } : item);
    if (this.timer !== undefined) return;
    if (this.region) this.region.textContent = '';
    this.timer = setTimeout(this.flush, BATCH_MS);
  };

  private readonly flush = () => {
    this.timer = undefined;
    const lines = summarize(this.queue, this.words());
    this.queue = [];
    if (this.region) this.region.textContent = lines.join('. ');
  };

  destroy(): void {
    clearTimeout(this.timer);
    this.queue = [];
  }
}
