/**
 * The sample workshop behind "Découvrir avec un exemple": the four boards of the Rencontre
 * ESS template, with cards a day of rencontres between local authorities and SCICs could
 * produce. Each card names its column by its place in the template.
 */
import type { CardColor } from '@shared/board-model';
import type { LeadKind, RoadmapStatus } from '@shared/roadmap';

/** The fields of a roadmap action; its due day counts from the day the demo is created. */
export interface DemoAction {
  leadKind: LeadKind;
  leadName: string;
  partners: string;
  dueInDays: number | null;
  status: RoadmapStatus;
  /** Cards it answers, as [board, card] places in DEMO_BOARDS. */
  answers: [number, number][];
}

export interface DemoCard {
  column: number;
  text: string;
  author: string;
  color: CardColor;
  action?: DemoAction;
}

export const DEMO_TITLE = 'Exemple — Rencontres ESS et collectivités';
export const DEMO_PLACE = 'Lyon, Hôtel de la Métropole';

export const DEMO_BOARDS: readonly (readonly DemoCard[])[] = [
  [
    { column: 0, text: 'Beaucoup d’élus découvrent le statut SCIC le jour où un projet arrive en conseil.', author: 'Claire, commune de Crest', color: 'yellow' },
    { column: 0, text: 'Confusion fréquente entre SCIC, SCOP et association : il manque une fiche simple.', author: 'Karim, RTES', color: 'yellow' },
    { column: 0, text: 'Les services juridiques ne savent pas qui contacter pour un premier avis.', author: 'Sophie, département de la Drôme', color: 'pink' },
    { column: 1, text: 'Prise de parts au capital : quel montant, quelle délibération, quel suivi comptable ?', author: 'Marc, région AURA', color: 'blue' },
    { column: 1, text: 'La règle des 50 % de capital détenu par les collectivités est mal comprise.', author: 'Claire, commune de Crest', color: 'blue' },
    { column: 1, text: 'Articuler subvention, commande publique et prise de parts sans risque de requalification.', author: 'Inès, métropole de Lyon', color: 'orange' },
    { column: 2, text: 'Qui siège au conseil d’administration ? L’élu, un agent, les deux en alternance ?', author: 'Paul, communauté de communes', color: 'green' },
    { column: 2, text: 'Le temps des élus manque pour suivre les CA : risque de présence de pure forme.', author: 'Sophie, département de la Drôme', color: 'green' },
    { column: 3, text: 'La coproduction avec les habitants demande du temps que les calendriers ne prévoient pas.', author: 'Léa, CRESS AURA', color: 'purple' },
    { column: 3, text: 'Les acteurs de l’ESS ne parlent pas le même langage que les services instructeurs.', author: 'Karim, RTES', color: 'purple' },
    { column: 4, text: 'Turn-over des équipes : la mémoire du projet part avec l’agent.', author: 'Inès, métropole de Lyon', color: 'pink' },
    { column: 4, text: 'Difficile d’évaluer l’impact social attendu au moment de décider.', author: 'Marc, région AURA', color: 'yellow' },
  ],
  [
    { column: 0, text: 'Un binôme élu–agent référent SCIC, identifié dans l’organigramme.', author: 'Claire, commune de Crest', color: 'green' },
    { column: 0, text: 'Visiter une SCIC avant de délibérer : les élus votent en connaissance de cause.', author: 'Paul, communauté de communes', color: 'green' },
    { column: 0, text: 'Associer la CRESS dès l’émergence du projet, pas seulement au montage.', author: 'Léa, CRESS AURA', color: 'yellow' },
    { column: 1, text: 'Modèle de délibération de prise de parts partagé entre collectivités du réseau.', author: 'Karim, RTES', color: 'blue' },
    { column: 1, text: 'Convention pluriannuelle d’objectifs adossée à la prise de parts.', author: 'Inès, métropole de Lyon', color: 'blue' },
    { column: 1, text: 'Grille d’analyse commune pour instruire les demandes des SCIC.', author: 'Sophie, département de la Drôme', color: 'orange' },
    { column: 2, text: 'Cantine scolaire approvisionnée par une SCIC agricole locale.', author: 'Paul, communauté de communes', color: 'yellow' },
    { column: 2, text: 'Tiers-lieu porté en SCIC avec la commune, les associations et les habitants.', author: 'Claire, commune de Crest', color: 'pink' },
    { column: 2, text: 'Plateforme de mobilité solidaire co-financée par trois intercommunalités.', author: 'Marc, région AURA', color: 'purple' },
    { column: 3, text: 'Former les élus au rôle d’administrateur dans une coopérative.', author: 'Léa, CRESS AURA', color: 'green' },
    { column: 3, text: 'Un club des collectivités sociétaires pour échanger deux fois par an.', author: 'Karim, RTES', color: 'orange' },
    { column: 3, text: 'Tester une clause sociale réservée dans un petit marché.', author: 'Inès, métropole de Lyon', color: 'blue' },
  ],
  [
    { column: 0, text: 'Biau Jardin : le maraîchage d’insertion tient grâce à un sociétariat large et fidèle.', author: 'Léa, CRESS AURA', color: 'green' },
    { column: 0, text: 'Biau Jardin : les paniers des agents de la collectivité ont sécurisé les débuts.', author: 'Inès, métropole de Lyon', color: 'green' },
    { column: 0, text: 'Biau Jardin : la présence d’un élu au CA a facilité l’accès au foncier.', author: 'Paul, communauté de communes', color: 'yellow' },
    { column: 1, text: 'MassifIX : le réemploi de matériel informatique public crée des emplois locaux.', author: 'Marc, région AURA', color: 'blue' },
    { column: 1, text: 'MassifIX : il a fallu adapter les procédures de sortie d’inventaire.', author: 'Sophie, département de la Drôme', color: 'orange' },
    { column: 1, text: 'MassifIX : la prise de parts a rassuré les banques.', author: 'Karim, RTES', color: 'blue' },
    { column: 2, text: 'Socoop : un accompagnement juridique mutualisé profite à plusieurs projets.', author: 'Claire, commune de Crest', color: 'purple' },
    { column: 2, text: 'Socoop : documenter chaque étape pour les collectivités qui suivent.', author: 'Léa, CRESS AURA', color: 'purple' },
    { column: 3, text: 'Epicentre : un lieu partagé fait se rencontrer acteurs et services.', author: 'Inès, métropole de Lyon', color: 'pink' },
    { column: 3, text: 'Epicentre : la gouvernance à plusieurs collèges demande un animateur dédié.', author: 'Paul, communauté de communes', color: 'pink' },
    { column: 4, text: 'Plusieurs SCIC soulignent l’importance d’un interlocuteur unique dans la collectivité.', author: 'Karim, RTES', color: 'yellow' },
    { column: 4, text: 'Les SCIC demandent des délais de paiement courts : la trésorerie est fragile.', author: 'Marc, région AURA', color: 'orange' },
  ],
  [
    { column: 0, text: 'Rédiger un guide « Ma collectivité entre au capital d’une SCIC ».', author: 'Karim, RTES', color: 'yellow', action: { leadKind: 'partenaire', leadName: 'RTES', partners: 'CRESS AURA, Socoop', dueInDays: 75, status: 'doing', answers: [[0, 0], [0, 1]] } },
    { column: 0, text: 'Organiser une visite de SCIC par trimestre pour les élus volontaires.', author: 'Léa, CRESS AURA', color: 'green', action: { leadKind: 'commune', leadName: 'Commune de Crest', partners: 'Biau Jardin, CRESS AURA', dueInDays: 40, status: 'doing', answers: [[1, 1]] } },
    { column: 0, text: 'Créer un annuaire des référents SCIC des collectivités de la région.', author: 'Marc, région AURA', color: 'blue', action: { leadKind: 'region', leadName: 'Région Auvergne-Rhône-Alpes', partners: 'RTES', dueInDays: 120, status: 'todo', answers: [[0, 2], [2, 10]] } },
    { column: 0, text: 'Proposer une formation courte pour les agents instructeurs.', author: 'Sophie, département de la Drôme', color: 'orange', action: { leadKind: 'departement', leadName: 'Département de la Drôme', partners: 'CNFPT, Socoop', dueInDays: -10, status: 'doing', answers: [[0, 9]] } },
    { column: 0, text: 'Diffuser au réseau une fiche comparative SCIC / SCOP / association.', author: 'Léa, CRESS AURA', color: 'pink', action: { leadKind: 'partenaire', leadName: 'CRESS AURA', partners: 'RTES', dueInDays: -20, status: 'done', answers: [[0, 1]] } },
    { column: 1, text: 'Modèle de délibération de prise de parts, relu par un juriste.', author: 'Inès, métropole de Lyon', color: 'blue', action: { leadKind: 'metropole', leadName: 'Métropole de Lyon', partners: 'Socoop, RTES', dueInDays: 200, status: 'doing', answers: [[0, 3], [1, 3]] } },
    { column: 1, text: 'Groupe de travail sur l’évaluation de l’impact social.', author: 'Claire, commune de Crest', color: 'purple', action: { leadKind: 'commune', leadName: 'Commune de Crest', partners: 'CRESS AURA, Biau Jardin', dueInDays: 260, status: 'todo', answers: [[0, 11]] } },
    { column: 1, text: 'Recenser les SCIC dont les collectivités sont sociétaires.', author: 'Karim, RTES', color: 'yellow', action: { leadKind: 'partenaire', leadName: 'RTES', partners: 'CRESS AURA', dueInDays: 180, status: 'todo', answers: [] } },
    { column: 1, text: 'Intégrer l’ESS au prochain schéma régional de développement économique.', author: 'Marc, région AURA', color: 'green', action: { leadKind: 'region', leadName: 'Région Auvergne-Rhône-Alpes', partners: 'CRESS AURA, chambres consulaires', dueInDays: 330, status: 'todo', answers: [] } },
    { column: 2, text: 'Un club des collectivités sociétaires, réuni deux fois par an.', author: 'Inès, métropole de Lyon', color: 'green', action: { leadKind: 'metropole', leadName: 'Métropole de Lyon', partners: 'RTES, SCIC du territoire', dueInDays: null, status: 'todo', answers: [[1, 10]] } },
    { column: 2, text: 'Former les élus au rôle d’administrateur dans une coopérative.', author: 'Sophie, département de la Drôme', color: 'yellow', action: { leadKind: 'departement', leadName: 'Département de la Drôme', partners: 'CRESS AURA, Epicentre', dueInDays: 500, status: 'todo', answers: [[0, 6], [0, 7]] } },
    { column: 2, text: 'Réserver une clause sociale dans un premier marché test.', author: 'Claire, commune de Crest', color: 'blue', action: { leadKind: 'commune', leadName: 'Commune de Crest', partners: 'MassifIX', dueInDays: 450, status: 'todo', answers: [[1, 11]] } },
  ],
];
