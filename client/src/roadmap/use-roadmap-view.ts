/** Columns or table on a roadmap board, remembered per board on this device. */
import { useCallback, useState } from 'react';

export type RoadmapView = 'board' | 'table';

const keyOf = (boardId: string) => `coatelier.roadmap-view.${boardId}`;

function stored(boardId: string): RoadmapView {
  try {
    return localStorage.getItem(keyOf(boardId)) === 'table' ? 'table' : 'board';
  } catch {
    // Storage can be refused (private browsing): the columns, as on a first visit.
    return 'board';
  }
}

export function useRoadmapView(boardId: string): [RoadmapView, (view: RoadmapView) => void] {
  const [choice, setChoice] = useState<{ boardId: string; view: RoadmapView } | null>(null);
  const choose = useCallback(
    (view: RoadmapView) => {
      setChoice({ boardId, view });
      try {
        localStorage.setItem(keyOf(boardId), view);
      } catch {
        // Kept for this visit only.
      }
    },
    [boardId],
  );
  // Another board opened in the same page reads its own choice.
  return [choice?.boardId === boardId ? choice.view : stored(boardId), choose];
}
