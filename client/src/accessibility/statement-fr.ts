/**
 * The accessibility statement, after the RGAA's model. Its text lives beside its page, not in
 * the shared message files: it is long, and only this page needs it. The English text is typed
 * against this one, so that both say the same things.
 */
export const statementFr = {
  title: 'Déclaration d’accessibilité',
  intro: [
    'L’organisation qui héberge ce service s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.',
    'Cette déclaration d’accessibilité s’applique à Coatelier, l’application d’ateliers collaboratifs de ce site, un logiciel libre : elle décrit le logiciel tel que le projet Coatelier le publie.',
  ],
  status: {
    heading: 'État de conformité',
    text: 'Coatelier est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, en raison des non-conformités énumérées ci-dessous.',
  },
  results: {
    heading: 'Résultats des tests',
    text: 'L’auto-évaluation faite par l’équipe du projet Coatelier le 29 novembre 2026 révèle que 82,7 % des critères applicables du RGAA 4.1 sont respectés : 62 critères conformes, 13 non conformes, 31 non applicables sur 106. Ce n’est pas un audit indépendant.',
  },
  inaccessible: {
    heading: 'Contenus non accessibles',
    nonCompliantHeading: 'Non-conformités',
    nonCompliantIntro: 'Les contenus listés ci-dessous ne sont pas accessibles pour les raisons suivantes.',
    nonCompliant: [
      'Après le déplacement d’une carte vers une autre colonne, son changement de groupe, le retrait d’un vote, la suppression d’une carte ou l’enregistrement d’un nouveau nom, le focus revient au début de la page (critère 12.8).',
      'Le menu « Étape » de l’animateur applique chaque étape parcourue avec les flèches, sans attendre un choix (critère 7.4).',
      'Le contenu des cartes n’indique pas sa langue quand elle diffère de celle de l’interface, et le glisser-déposer s’annonce en anglais (critère 8.7).',
      'Au projecteur, les colonnes estompées ont un contraste de 2,65:1 ; au projecteur et à l’impression, la couleur d’une carte porte un sens sans que son nom soit écrit ; la carte projetée n’est pas signalée aux technologies d’assistance des participants (critères 3.1, 3.2, 7.1).',
      'À 320 px de large, la page de l’atelier et le projecteur défilent horizontalement ; la zone défilante du tableau de bord ne peut pas prendre le focus (critères 10.11, 7.3).',
      'Avec les espacements de texte agrandis, la ligne d’auteur d’une carte est coupée (critère 10.12).',
      'Le champ de commentaire n’a pas d’étiquette visible (critère 11.1) ; l’erreur du formulaire « Rejoindre » n’est pas reliée à son champ (critère 11.10) ; « Nouveau groupe… » côtoie un groupe nommé « Nouveau groupe », et « Voter » reste actif après le seul vote permis (critère 11.9).',
      'L’accessibilité des fichiers exportés (DOCX, XLSX, CSV, Markdown) n’a pas été vérifiée (critère 13.3).',
      'La touche Échap n’annule pas le renommage d’un groupe.',
    ],
    derogationsHeading: 'Dérogations pour charge disproportionnée',
    derogations: 'Aucune.',
    exemptHeading: 'Contenus non soumis à l’obligation d’accessibilité',
    exempt: 'Aucun.',
  },
  making: {
    heading: 'Établissement de cette déclaration',
    date: 'Cette déclaration a été établie le 29 novembre 2026.',
    technologiesHeading: 'Technologies utilisées pour la réalisation du site',
    technologies: ['HTML5', 'CSS', 'JavaScript', 'WAI-ARIA'],
    environmentHeading: 'Environnement de test',
    environment: [
      'Chromium (Debian), piloté par Playwright, pour les tests automatisés.',
      'Navigation au clavier seul, et lecture de l’arbre d’accessibilité de Chromium.',
      'Aucun lecteur d’écran (NVDA, JAWS, VoiceOver, TalkBack) n’a encore été utilisé : ces vérifications restent à faire.',
    ],
    toolsHeading: 'Outils pour évaluer l’accessibilité',
    tools: [
      'axe-core (@axe-core/playwright), règles WCAG 2.0 et 2.1 niveaux A et AA et bonnes pratiques.',
      'Mesure des contrastes, largeur de 320 px, texte agrandi à 200 %, espacements de texte, couleurs forcées.',
    ],
    pagesHeading: 'Pages du site ayant fait l’objet de la vérification de conformité',
    pages: [
      'Accueil',
      'Rejoindre un atelier',
      'Atelier (organisateur et participant)',
      'Tableau (vide et rempli, animation, vote, discussion, feuille de route, synthèse)',
      'Projecteur',
      'Impression d’un tableau',
      'Déclaration d’accessibilité',
    ],
    grid: 'La grille complète des 106 critères est publiée avec le code du projet (docs/rgaa-audit.md).',
  },
  contact: {
    heading: 'Retour d’information et contact',
    text: [
      'Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable de ce service pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme : l’organisation qui vous a invité à l’atelier.',
      'Vous pouvez aussi signaler un défaut d’accessibilité au projet Coatelier, dans le suivi des tickets de son dépôt de code.',
    ],
  },
  remedies: {
    heading: 'Voies de recours',
    text: 'Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un des services, et vous n’avez pas obtenu de réponse satisfaisante. Vous pouvez :',
    ways: [
      { text: 'écrire un message au Défenseur des droits', href: 'https://formulaire.defenseurdesdroits.fr/' },
      { text: 'contacter le délégué du Défenseur des droits dans votre région', href: 'https://www.defenseurdesdroits.fr/saisir/delegues' },
      { text: 'envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07', href: null },
    ] as { text: string; href: string | null }[],
  },
};

export type Statement = typeof statementFr;
