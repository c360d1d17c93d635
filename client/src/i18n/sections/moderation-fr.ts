/** French messages of the moderation section, kept apart so that the pages' messages stay small files. */
export const moderationFr = {
  /** The card's menu, for facilitators. */
  hide: 'Masquer la carte…',
  show: 'Réafficher',
  showCard: 'Réafficher la carte « {{text}} »',
  /** The hide dialog. */
  hideTitle: 'Masquer la carte',
  hideIntro: 'La carte disparaît aussitôt du projecteur et des écrans des participants. Son auteur la voit masquée, avec la raison.',
  reasonLegend: 'Raison',
  reason: {
    insult: 'Propos injurieux',
    personal_data: 'Données personnelles',
    off_topic: 'Hors sujet',
  },
  otherReason: 'Autre raison',
  otherReasonLabel: 'Précisez la raison',
  confirmHide: 'Masquer',
  cancel: 'Annuler',
  /** A hidden card, as its author and the facilitators see it. */
  hiddenBy: 'Masquée par l’animation : {{reason}}',
  hiddenWordsUnknown: 'Texte masqué',
  /** Live announcements. */
  announceHidden: 'Carte masquée : {{reason}}',
  announceShown: 'Carte réaffichée',
  announceArrivals_one: '{{count}} nouvelle carte en attente de validation',
  announceArrivals_other: '{{count}} nouvelles cartes en attente de validation',
  announceAccepted_one: '{{count}} carte acceptée',
  announceAccepted_other: '{{count}} cartes acceptées',
  announceRefused: 'Carte refusée',
  /** Controlled mode, in the facilitator's settings. */
  controlled: 'Mode contrôlé',
  controlledHint: 'Les cartes des participants attendent votre validation avant d’apparaître sur le tableau.',
  /** The facilitator's inbox. */
  inbox: 'Boîte de réception ({{count}})',
  inboxName: 'Boîte de réception',
  inboxEmpty: 'Aucune carte en attente.',
  accept: 'Accepter',
  acceptCard: 'Accepter la carte « {{text}} »',
  refuse: 'Refuser',
  refuseCard: 'Refuser la carte « {{text}} »',
  acceptAll: 'Tout accepter',
  from: 'De {{name}}, colonne « {{column}} »',
  fromUnnamed: 'Colonne « {{column}} »',
  /** A participant on a controlled board. */
  controlledNotice: 'Mode contrôlé : vos cartes apparaissent une fois validées par l’animation.',
  composeLabel: 'Votre carte, envoyée à l’animation',
  send: 'Envoyer',
  pendingHeading: 'Vos cartes envoyées',
  pending: 'En attente de validation',
  refused: 'Refusée',
  withdraw: 'Retirer',
  withdrawCard: 'Retirer la carte « {{text}} »',
  dismiss: 'Effacer',
  dismissCard: 'Effacer la carte refusée « {{text}} »',
  failed: 'L’action n’a pas abouti : {{reason}}',
};
