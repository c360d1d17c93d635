/**
 * The cards of a workshop's other boards, as a roadmap action picks the ones it answers
 * (`GET /api/workshops/:id/cards`). The client holds one board document at a time, so the
 * server reads the others for it.
 */
export interface WorkshopCard {
  boardId: string;
  boardTitle: string;
  cardId: string;
  text: string;
}

export interface WorkshopCardsResponse {
  cards: WorkshopCard[];
}
