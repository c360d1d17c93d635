/**
 * The sample workshop behind "Découvrir avec un exemple": the four boards of the Rencontre
 * ESS template, with cards a day of rencontres between local authorities and SCICs could
 * produce. Each card names its column by its place in the template, and its author among
 * the demo's participants (demo-people.ts).
 */
import type { CardColor } from '@shared/board-model';
import type { LeadKind, RoadmapStatus } from '@shared/roadmap';
import type { PersonKey } from './demo-people';

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
  author: PersonKey;
  color: CardColor;
  action?: DemoAction;
}

export const DEMO_TITLE = 'Exemple — Rencontres ESS et collectivités';
export const DEMO_PLACE = 'Lyon, Hôtel de la Métropole';

/** The template's board of lessons from SCICs, whose generic columns the demo names after four SCICs. */
export const SCIC_BOARD = 2;
export const SCIC_COLUMNS = ['Biau Jardin', 'MassifIX', 'Socoop', 'Epicentre', 'Autres SCIC'] as const;

export const DEMO_BOARDS: readonly (readonly DemoCard[])[] = [
  [
    { column: 0, text: 'Beaucoup d’élus découvrent le statut SCIC le jour où un projet arrive en conseil.', author: 'claire', color: 'yellow' },
    { column: 0, text: 'Confusion fréquente entre SCIC, SCOP et association : il manque une fiche simple.', author: 'karim', color: 'yellow' },
    { column: 0, text: 'Les services juridiques ne savent pas qui contacter pour un premier avis.', author: 'sophie', color: 'pink' },
    { column: 1, text: 'Prise de parts au capital : quel montant, quelle délibération, quel suivi comptable ?', author: 'marc', color: 'blue' },
    { column: 1, text: 'La règle des 50 % de capital détenu par les collectivités est mal comprise.', author: 'claire', color: 'blue' },
    { column: 1, text: 'Articuler subvention, commande publique et prise de parts sans risque de requalification.', author: 'ines', color: 'orange' },
    { column: 2, text: 'Qui siège au conseil d’administration ? L’élu, un agent, les deux en alternance ?', author: 'paul', color: 'green' },
    { column: 2, text: 'Le temps des élus manque pour suivre les CA : risque de présence de pure forme.', author: 'sophie', color: 'green' },
    { column: 3, text: 'La coproduction avec les habitants demande du temps que les calendriers ne prévoient pas.', author: 'lea', color: 'purple' },
    { column: 3, text: 'Les acteurs de l’ESS ne parlent pas le même langage que les services instructeurs.', author: 'karim', color: 'purple' },
    { column: 4, text: 'Turn-over des équipes : la mémoire du projet part avec l’agent.', author: 'ines', color: 'pink' },
    { column: 4, text: 'Difficile d’évaluer l’impact social attendu au moment de décider.', author: 'marc', color: 'yellow' },
  ],
  [
    { column: 0, text: 'Un binôme élu–agent référent SCIC, identifié dans l’organigramme.', author: 'claire', color: 'green' },
    { column: 0, text: 'Visiter une SCIC avant de délibérer : les élus votent en connaissance de cause.', author: 'paul', color: 'green' },
    { column: 0, text: 'Associer la CRESS dès l’émergence du projet, pas seulement au montage.', author: 'lea', color: 'yellow' },
    { column: 1, text: 'Modèle de délibération de prise de parts partagé entre collectivités du réseau.', author: 'karim', color: 'blue' },
    { column: 1, text: 'Convention pluriannuelle d’objectifs adossée à la prise de parts.', author: 'ines', color: 'blue' },
    { column: 1, text: 'Grille d’analyse commune pour instruire les demandes des SCIC.', author: 'sophie', color: 'orange' },
    { column: 2, text: 'Cantine scolaire approvisionnée par une SCIC agricole locale.', author: 'paul', color: 'yellow' },
    { column: 2, text: 'Tiers-lieu porté en SCIC avec la commune, les associations et les habitants.', author: 'claire', color: 'pink' },
    { column: 2, text: 'Plateforme de mobilité solidaire co-financée par trois intercommunalités.', author: 'marc', color: 'purple' },
    { column: 3, text: 'Former les élus au rôle d’administrateur dans une coopérative.', author: 'lea', color: 'green' },
    { column: 3, text: 'Un club des collectivités sociétaires pour échanger deux fois par an.', author: 'karim', color: 'orange' },
    { column: 3, text: 'Tester une clause sociale réservée dans un petit marché.', author: 'ines', color: 'blue' },
  ],
  [
    { column: 0, text: 'Le maraîchage d’insertion tient grâce à un sociétariat large et fidèle.', author: 'nadia', color: 'green' },
    { column: 0, text: 'Les paniers des agents de la collectivité ont sécurisé les débuts.', author: 'ines', color: 'green' },
    { column: 0, text: 'La présence d’un élu au CA a facilité l’accès au foncier.', author: 'paul', color: 'yellow' },
    { column: 1, text: 'Le réemploi de matériel informatique public crée des emplois locaux.', author: 'marc', color: 'blue' },
    { column: 1, text: 'Il a fallu adapter les procédures de sortie d’inventaire.', author: 'sophie', color: 'orange' },
    { column: 1, text: 'La prise de parts a rassuré les banques.', author: 'karim', color: 'blue' },
    { column: 2, text: 'Un accompagnement juridique mutualisé profite à plusieurs projets.', author: 'claire', color: 'purple' },
    { column: 2, text: 'Documenter chaque étape pour les collectivités qui suivent.', author: 'lea', color: 'purple' },
    { column: 3, text: 'Un lieu partagé fait se rencontrer acteurs et services.', author: 'ines', color: 'pink' },
    { column: 3, text: 'La gouvernance à plusieurs collèges demande un animateur dédié.', author: 'paul', color: 'pink' },
    { column: 4, text: 'Plusieurs SCIC soulignent l’importance d’un interlocuteur unique dans la collectivité.', author: 'karim', color: 'yellow' },
    { column: 4, text: 'Les SCIC demandent des délais de paiement courts : la trésorerie est fragile.', author: 'marc', color: 'orange' },
  ],
  [
    { column: 0, text: 'Rédiger un guide « Ma collectivité entre au capital d’une SCIC ».', author: 'karim', color: 'yellow', action: { leadKind: 'partenaire', leadName: 'RTES', partners: 'CRESS AURA, Socoop', dueInDays: 75, status: 'doing', answers: [[0, 0], [0, 1]] } },
    { column: 0, text: 'Organiser une visite de SCIC par trimestre pour les élus volontaires.', author: 'lea', color: 'green', action: { leadKind: 'commune', leadName: 'Commune de Crest', partners: 'Biau Jardin, CRESS AURA', dueInDays: 40, status: 'doing', answers: [[1, 1]] } },
    { column: 0, text: 'Créer un annuaire des référents SCIC des collectivités de la région.', author: 'marc', color: 'blue', action: { leadKind: 'region', leadName: 'Région Auvergne-Rhône-Alpes', partners: 'RTES', dueInDays: 120, status: 'todo', answers: [[0, 2], [2, 10]] } },
    { column: 0, text: 'Proposer une formation courte pour les agents instructeurs.', author: 'sophie', color: 'orange', action: { leadKind: 'departement', leadName: 'Département de la Drôme', partners: 'CNFPT, Socoop', dueInDays: -10, status: 'doing', answers: [[0, 9]] } },
    { column: 0, text: 'Diffuser au réseau une fiche comparative SCIC / SCOP / association.', author: 'lea', color: 'pink', action: { leadKind: 'partenaire', leadName: 'CRESS AURA', partners: 'RTES', dueInDays: -20, status: 'done', answers: [[0, 1]] } },
    { column: 1, text: 'Modèle de délibération de prise de parts, relu par un juriste.', author: 'ines', color: 'blue', action: { leadKind: 'metropole', leadName: 'Métropole de Lyon', partners: 'Socoop, RTES', dueInDays: 200, status: 'doing', answers: [[0, 3], [1, 3]] } },
    { column: 1, text: 'Groupe de travail sur l’évaluation de l’impact social.', author: 'claire', color: 'purple', action: { leadKind: 'commune', leadName: 'Commune de Crest', partners: 'CRESS AURA, Biau Jardin', dueInDays: 260, status: 'todo', answers: [[0, 11]] } },
    { column: 1, text: 'Recenser les SCIC dont les collectivités sont sociétaires.', author: 'karim', color: 'yellow', action: { leadKind: 'partenaire', leadName: 'RTES', partners: 'CRESS AURA', dueInDays: 180, status: 'todo', answers: [] } },
    { column: 1, text: 'Intégrer l’ESS au prochain schéma régional de développement économique.', author: 'marc', color: 'green', action: { leadKind: 'region', leadName: 'Région Auvergne-Rhône-Alpes', partners: 'CRESS AURA, chambres consulaires', dueInDays: 330, status: 'todo', answers: [] } },
    { column: 2, text: 'Un club des collectivités sociétaires, réuni deux fois par an.', author: 'ines', color: 'green', action: { leadKind: 'metropole', leadName: 'Métropole de Lyon', partners: 'RTES, SCIC du territoire', dueInDays: null, status: 'todo', answers: [[1, 10]] } },
    { column: 2, text: 'Former les élus au rôle d’administrateur dans une coopérative.', author: 'sophie', color: 'yellow', action: { leadKind: 'departement', leadName: 'Département de la Drôme', partners: 'CRESS AURA, Epicentre', dueInDays: 500, status: 'todo', answers: [[0, 6], [0, 7]] } },
    { column: 2, text: 'Réserver une clause sociale dans un premier marché test.', author: 'claire', color: 'blue', action: { leadKind: 'commune', leadName: 'Commune de Crest', partners: 'MassifIX', dueInDays: 450, status: 'todo', answers: [[1, 11]] } },
  ],
];
