/**
 * What a hidden card still allows (server/docs/inspection/check-moderation.ts): nobody writes
 * its text, colour or comments until it is shown again; moving and deleting follow the usual rules.
 */
import type { CardPermissions } from '../board/card/card-permissions';

export function hiddenCardPermissions(perm: CardPermissions, hidden: boolean): CardPermissions {
  return hidden ? { ...perm, edit: false, discuss: false } : perm;
}
