/**
 * The projector's card text size: the largest that lets every column's cards fit the screen,
 * so that three cards read from the back of the room and sixty still fit. Estimated from the
 * texts (greedy word wrap at an average glyph width), not measured: measuring would need a
 * render per candidate size.
 */

/** The card box in em of the card text; present.css uses the same values (`.projector-card`). */
export const CARD_LAYOUT = {
  lineHeight: 1.3,
  padYEm: 0.4,
  padXEm: 0.6,
  gapEm: 0.4,
  /** Border, both sides, in px. */
  borderPx: 4,
  /** Average advance of a system sans-serif glyph (DejaVu Sans, the widest common one), so that wrapping is not underestimated. */
  charEm: 0.6,
  /** The line under the text (colour, votes): this share of the text size, never under `metaMinPx`, in bold. */
  metaEm: 0.6,
  metaMinPx: 16,
  metaCharEm: 0.66,
} as const;

export const FONT_PX = {
  /** Below this the board scrolls rather than shrinks further. */
  floor: 16,
  max: 60,
  /** Narrow screens stack the columns (they scroll): one readable size. */
  stacked: 20,
} as const;

/** A card as the fitter reads it: its text and the line of facts under it ('' for none). */
export interface FitCard {
  text: string;
  facts: string;
}

export interface FitInput {
  /** The space under the column headings, in px. */
  width: number;
  height: number;
  /** Each column's cards. */
  columns: readonly (readonly FitCard[])[];
  columnGapPx: number;
  /** Under this width a column does not sit beside the others (the grid stacks them). */
  minColumnPx: number;
  maxPx?: number;
  /** Bold text is wider than CARD_LAYOUT.charEm. */
  charEm?: number;
  /** Width taken beside the text inside the card (a rank, a vote count), in em of the text. */
  asideEm?: number;
}

/** How many lines `text` takes at `perLine` characters a line, wrapping at spaces as browsers do. */
export function linesOf(text: string, perLine: number): number {
  const width = Math.max(1, perLine);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let paragraphLines = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= width) used = needed;
      else if (word.length <= width) {
        paragraphLines += used === 0 ? 0 : 1;
        used = word.length;
      } else {
        // A word longer than a line breaks (overflow-wrap: anywhere).
        paragraphLines += (used === 0 ? 0 : 1) + Math.ceil(word.length / width) - 1;
        used = word.length % width || width;
      }
    }
    lines += paragraphLines;
  }
  return Math.max(1, lines);
}

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => word.length));

/** The column's height at `px`; infinite if a word would have to break in the middle. */
function columnHeight(cards: readonly FitCard[], px: number, columnWidth: number, input: FitInput): number {
  const L = CARD_LAYOUT;
  const charEm = input.charEm ?? L.charEm;
  const inner = columnWidth - (2 * L.padXEm + (input.asideEm ?? 0)) * px - L.borderPx;
  const perLine = Math.floor(inner / (charEm * px));
  const metaPx = Math.max(L.metaMinPx, L.metaEm * px);
  const metaPerLine = Math.floor(inner / (L.metaCharEm * metaPx));
  let height = Math.max(0, cards.length - 1) * L.gapEm * px;
  for (const { text, facts } of cards) {
    if (longestWord(text) > perLine) return Infinity;
    height += 2 * L.padYEm * px + L.borderPx + linesOf(text, perLine) * L.lineHeight * px;
    if (facts) height += linesOf(facts, metaPerLine) * L.lineHeight * metaPx;
  }
  return height;
}

/**
 * The largest whole pixel size at which the fullest column fits `height` with no word broken;
 * `FONT_PX.floor` if none does.
 */
export function fitCardFont(input: FitInput): number {
  const count = Math.max(1, input.columns.length);
  const columnWidth = (input.width - (count - 1) * input.columnGapPx) / count;
  if (columnWidth < input.minColumnPx) return FONT_PX.stacked;
  const fits = (px: number) => input.columns.every((texts) => columnHeight(texts, px, columnWidth, input) <= input.height);
  let low: number = FONT_PX.floor;
  let high = input.maxPx ?? FONT_PX.max;
  if (!fits(low)) return low;
  // Taller text never fits where smaller did not: a binary search over whole pixels.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
