/**
 * What a person reads when the server refuses something: by `reason` when the server gives
 * one, otherwise by error code. Add a reason here (and in refusals-en.ts) with its server code.
 */
export const refusalsFr = {
  codes: {
    invalid_request: 'Cette demande n’est pas valable.',
    unauthorized: 'Votre accès n’est plus valable : rejoignez l’atelier à nouveau.',
    forbidden: 'Vous n’avez pas le droit de faire cela ici.',
    not_found: 'Introuvable : l’élément a peut-être été supprimé.',
    conflict: 'Quelqu’un d’autre vient de faire ce changement.',
    payload_too_large: 'C’est trop long ou trop volumineux.',
    rate_limited: 'Trop de tentatives : patientez un instant avant de réessayer.',
    client_too_old: 'Cette page est trop ancienne : rechargez-la.',
    storage_unavailable: 'Le serveur ne peut pas enregistrer pour l’instant : réessayez dans un moment.',
    internal: 'Une erreur est survenue sur le serveur.',
  },
  reasons: {
    read_only: 'Ce tableau est en lecture seule pour vous.',
    archived: 'Cet atelier est archivé : il ne peut plus être modifié.',
    closed: 'Ce tableau est clos.',
    private_writing_closed: 'L’écriture privée n’est pas ouverte.',
    locked: 'L’animateur a verrouillé ce tableau.',
    anonymous_names: 'Ce tableau est anonyme : pas de nom sur les cartes.',
    not_owner: 'Seuls son auteur et l’animateur peuvent modifier ou supprimer cet élément (sauf en co-écriture libre).',
    author_forged: 'Une carte, un commentaire ou une réaction porte toujours le nom de qui l’écrit.',
    moves_restricted: 'L’animateur s’est réservé le déplacement et le regroupement des cartes.',
    too_long: 'Ce texte est trop long.',
    card_full: 'Cette carte a atteint le nombre maximal de commentaires.',
    board_full: 'Ce tableau a atteint sa taille maximale : supprimez des cartes ou ouvrez-en un autre.',
    update_too_large: 'Trop de changements d’un coup : collez ou importez en plusieurs fois.',
    revoked: 'L’organisateur a révoqué cet accès : demandez-lui un nouveau lien ou le nouveau code.',
    expired: 'Votre accès a expiré : rejoignez l’atelier à nouveau.',
    board_deleted: 'Ce tableau a été supprimé par l’organisateur.',
    too_many_messages: 'Trop de messages envoyés d’un coup : la connexion a été coupée. Rechargez la page.',
    publication_unknown_board: 'Un des tableaux choisis n’est plus dans cet atelier : rechargez la page.',
    card_exists: 'Cette carte est déjà sur le tableau : rien à restaurer.',
    no_roadmap: 'Cet atelier n’a pas de tableau « Feuille de route » où reprendre les actions.',
    too_many: 'Cette action garde déjà autant de notes qu’elle le peut.',
    column_not_empty: 'Cette colonne contient encore des cartes : déplacez-les ou supprimez-les d’abord.',
    too_many_columns: 'Un tableau a au plus 20 colonnes.',
    too_many_connections: 'Trop de connexions ouvertes depuis ce réseau : fermez des onglets ou réessayez plus tard.',
  },
};
