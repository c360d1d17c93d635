/** Roles and what each may do: the one table both sides read. The server enforces it. */
export const ROLES = ['organiser', 'facilitator', 'participant', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'workshop.read',
  'workshop.edit',
  'board.structure',
  'board.edit',
  'board.read',
] as const;
export type Action = (typeof ACTIONS)[number];

const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  organiser: new Set(['workshop.read', 'workshop.edit', 'board.structure', 'board.edit', 'board.read']),
  facilitator: new Set(['workshop.read', 'board.edit', 'board.read']),
  participant: new Set(['workshop.read', 'board.edit', 'board.read']),
  viewer: new Set(['workshop.read', 'board.read']),
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].has(action);
}
