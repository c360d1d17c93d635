/** French messages of the phone section, kept apart so that the pages' messages stay small files. */
export const phoneFr = {
  /** The disclosure that holds search, filters, undo and the rest on small screens. */
  tools: 'Outils',
  /** The workshop page's first line for a participant, before the list of boards. */
  nowRunning: 'En cours :',
  runningBadge: 'En cours',
  /** The facilitator's control over where participants land after joining. */
  pointHere: 'Diriger les participants ici',
  pointedHere: 'Les participants arrivent ici',
  pointedHint: 'Qui rejoint l’atelier ouvre directement ce tableau.',
  pointedElsewhere: 'Les participants arrivent sur un autre tableau.',
  unpoint: 'Les renvoyer vers la liste des tableaux',
  unpointed: 'Les participants arrivent sur la liste des tableaux.',
  /** The spotlight banner, shown to everyone while a card is projected. */
  spotlight: 'Carte projetée :',
  seeCard: 'Voir la carte',
  stopFollowing: 'Ne plus suivre',
  follow: 'Suivre l’animateur',
  followHint: 'En suivant l’animateur, la carte projetée vient d’elle-même à l’écran.',
  /** The compact header's status line. */
  step: 'Étape : {{step}}',
};
