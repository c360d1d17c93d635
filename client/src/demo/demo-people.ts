/**
 * The demo's participants: they join the sample workshop with its code, as anyone would,
 * so that their cards, comments, reactions and votes are theirs and the dashboard counts
 * them by kind of structure.
 */
import type { StructureKind } from '@shared/structure-kinds';

export interface DemoPerson {
  name: string;
  kind: StructureKind;
  organisation: string;
}

export const DEMO_PEOPLE = {
  claire: { name: 'Claire Morel', kind: 'commune', organisation: 'Commune de Crest' },
  karim: { name: 'Karim Haddad', kind: 'reseau', organisation: 'RTES' },
  sophie: { name: 'Sophie Blanc', kind: 'departement', organisation: 'Département de la Drôme' },
  marc: { name: 'Marc Vidal', kind: 'region', organisation: 'Région Auvergne-Rhône-Alpes' },
  ines: { name: 'Inès Garnier', kind: 'metropole', organisation: 'Métropole de Lyon' },
  paul: { name: 'Paul Roux', kind: 'epci', organisation: 'Communauté de communes du Crestois' },
  lea: { name: 'Léa Fontaine', kind: 'reseau', organisation: 'CRESS AURA' },
  nadia: { name: 'Nadia Benali', kind: 'scic', organisation: 'Biau Jardin' },
} as const satisfies Record<string, DemoPerson>;

export type PersonKey = keyof typeof DEMO_PEOPLE;
export const PERSON_KEYS = Object.keys(DEMO_PEOPLE) as PersonKey[];
