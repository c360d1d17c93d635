/** Roles and what each may do: the one table both sides read. The server enforces it. */
export const ROLES = ['organiser', 'facilitator', 'participant', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'workshop.read',
  'workshop.edit',
  'workshop.archive',
  'links.manage',
  'board.structure',
  'board.facilitate',
  'board.edit',
  'board.vote',
  'board.read',
  'authors.see',
  'results.export',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * `authors.see`: sees card authors even on an anonymous board. A facilitator may be
 * limited to one board by their token (checked by the server beside this table).
 */
const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  organiser: new Set(ACTIONS),
  facilitator: new Set([
    'workshop.read',
    'board.facilitate',
    'board.edit',
    'board.vote',
    'board.read',
    'authors.see',
    'results.export',
  ]),
  participant: new Set(['workshop.read', 'board.edit', 'board.vote', 'board.read']),
  viewer: new Set(['workshop.read', 'board.read']),
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].has(action);
}
