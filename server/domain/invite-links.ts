/**
 * Links the organiser hands out: a facilitator link (for one board or the whole workshop)
 * and a projector (viewer) link. Revoking a role bumps its generation, which invalidates
 * every link and token of that role; for participants it also draws a new join code.
 * Organiser sessions have a generation of their own, revoked the same way.
 */
import { randomInt } from 'node:crypto';
import { newId } from '@shared/ids';
import { randomJoinCode } from '@shared/join-code';
import type { InviteLink, InviteRole, LinkRole, RedeemResult, TokenClaims } from '@shared/protocol';
import type { Authenticator } from '../auth/authenticator';
import { generationsOf } from '../auth/generations';
import { LINK_LIFETIME_MS, ORGANISER_LINK_LIFETIME_MS } from '../auth/token-lifetimes';
import type { TokenIssuer } from '../auth/tokens';
import { AppError } from '../errors';
import { JoinCodeTakenError, type Storage } from '../storage/storage';
import type { WorkshopService } from './workshop-service';

export class InviteLinks {
  constructor(
    private readonly storage: Storage,
    private readonly tokens: TokenIssuer,
    private readonly auth: Authenticator,
    private readonly workshops: WorkshopService,
  ) {}

  async create(workshopId: string, role: InviteRole, boardId?: string): Promise<InviteLink> {
    const workshop = await this.workshops.requireWorkshop(workshopId);
    if (boardId && role === 'organiser') throw new AppError('invalid_request', 'An organiser link is for the whole workshop');
    if (boardId) await this.workshops.boardIn(workshopId, boardId);
    const organiser = role === 'organiser';
    // An organiser link follows the organiser sessions' generation: regenerating ends both.
    const gen = organiser ? (workshop.organiserGeneration ?? 0) : workshop.linkGenerations[role];
    const token = await this.tokens.sign(
      { wid: workshopId, role, pid: newId(), gen, ...(boardId ? { bid: boardId } : {}) },
      organiser ? ORGANISER_LINK_LIFETIME_MS : LINK_LIFETIME_MS,
    );
    const path = role === 'viewer' && boardId ? `/present/${boardId}#${token}` : `/invite/${token}`;
    return { role, boardId: boardId ?? null, token, path };
  }

  /** Turns an invite into a personal token, so that each facilitator or co-organiser has their own identity. */
  async redeem(invite: string, name: string): Promise<RedeemResult> {
    const claims = await this.auth.authenticate(invite);
    if (!claims || claims.role === 'participant') {
      throw new AppError('unauthorized', 'This link is invalid or has been revoked');
    }
    const participantId = newId();
    await this.storage.addParticipant({ id: participantId, workshopId: claims.wid, name, joinedAt: Date.now(), role: claims.role });
    const token = await this.tokens.sign({ ...claims, pid: participantId });
    const { boards } = await this.workshops.get(claims.wid);
    return { workshopId: claims.wid, participantId, token, role: claims.role, boardId: claims.bid ?? null, name, boards };
  }

  async revoke(workshopId: string, role: LinkRole): Promise<void> {
    const workshop = await this.workshops.requireWorkshop(workshopId);
    const linkGenerations = { ...workshop.linkGenerations, [role]: workshop.linkGenerations[role] + 1 };
    for (let attempt = 0; ; attempt++) {
      try {
        const joinCode = role === 'participant' ? randomJoinCode(randomInt) : undefined;
        await this.storage.updateWorkshop(workshopId, { linkGenerations, joinCode });
        // Open connections holding the old tokens close now, here and on other instances.
        this.auth.generations.note(workshopId, { ...generationsOf(workshop), links: linkGenerations }, 'revoked');
        return;
      } catch (err) {
        if (!(err instanceof JoinCodeTakenError) || attempt >= 5) throw err;
      }
    }
  }

  /** Ends every organiser session of the workshop; returns a fresh organiser token for the caller. */
  async revokeOrganisers(workshopId: string, caller: TokenClaims): Promise<string> {
    const workshop = await this.workshops.requireWorkshop(workshopId);
    const organiserGeneration = (workshop.organiserGeneration ?? 0) + 1;
    await this.storage.updateWorkshop(workshopId, { organiserGeneration });
    this.auth.generations.note(workshopId, { ...generationsOf(workshop), organiser: organiserGeneration }, 'revoked');
    return this.tokens.sign({ wid: workshopId, role: 'organiser', pid: caller.pid, gen: organiserGeneration });
  }
}
