/** Workshop templates: boards and their columns. Organisers can edit the result afterwards. */
import type { BoardKind } from './protocol';
export interface TemplateBoard {
  title: string;
  columns: readonly string[];
  kind?: BoardKind;
}
export interface Template {
  id: string;
  boards: readonly TemplateBoard[];
}

export const TEMPLATES = {
  'rencontre-ess': {
    id: 'rencontre-ess',
    boards: [
      {
        title: 'Difficultés',
        columns: [
          'Connaître les SCIC',
          'Cadre juridique et financier',
          'Gouvernance (présence aux CA, prise de parts)',
          'Coproduction avec les acteurs',
          'Autres',
        ],
      },
      {
        title: 'Pratiques',
        columns: ['Ce qui marche', 'Outils et dispositifs', 'Exemples locaux', 'À essayer'],
      },
      {
        title: 'Enseignements SCIC',
        // Generic: each workshop names its own SCICs (the demo renames them after creation).
        columns: [
          'Ce qui a fonctionné',
          'Difficultés rencontrées',
          'Rôle de la collectivité',
          'Conseils pour se lancer',
          'Autres enseignements',
        ],
      },
      { title: 'Feuille de route', kind: 'roadmap', columns: ['Dans les 6 mois', 'Dans l’année', 'Plus tard'] },
    ],
  },
  blank: {
    id: 'blank',
    boards: [{ title: 'Tableau', columns: ['Idées'] }],
  },
} as const satisfies Record<string, Template>;

export type TemplateId = keyof typeof TEMPLATES;
export const TEMPLATE_IDS = Object.keys(TEMPLATES) as [TemplateId, ...TemplateId[]];
