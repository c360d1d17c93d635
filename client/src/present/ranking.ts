/** The results view's order: most votes first, ties sharing a rank ("1, 2, 2, 4"). */

export interface Ranked<T> {
  item: T;
  votes: number;
  /** 1 for the most voted; equal votes, equal rank. */
  rank: number;
}

/**
 * Cards with at least one vote, by votes; among equals, board order is kept (the sort is
 * stable), so that the screen does not reshuffle ties at every vote.
 */
export function rankByVotes<T>(items: readonly T[], votesOf: (item: T) => number): Ranked<T>[] {
  const voted = items.map((item) => ({ item, votes: votesOf(item), rank: 0 })).filter((r) => r.votes > 0);
  voted.sort((a, b) => b.votes - a.votes);
  voted.forEach((r, i) => {
    const previous = voted[i - 1];
    r.rank = previous && previous.votes === r.votes ? previous.rank : i + 1;
  });
  return voted;
}
