import type { refusalsFr } from './refusals-fr';

export const refusalsEn: typeof refusalsFr = {
  codes: {
    invalid_request: 'This request is not valid.',
    unauthorized: 'Your access is no longer valid: join the workshop again.',
    forbidden: 'You are not allowed to do this here.',
    not_found: 'Not found: it may have been deleted.',
    conflict: 'Someone else just made this change.',
    payload_too_large: 'This is too long or too large.',
    rate_limited: 'Too many attempts: wait a moment before trying again.',
    client_too_old: 'This page is out of date: reload it.',
    storage_unavailable: 'The server cannot save right now: try again in a moment.',
    internal: 'Something went wrong on the server.',
  },
  reasons: {
    read_only: 'This board is read-only for you.',
    archived: 'This workshop is archived: it can no longer be changed.',
    closed: 'This board is closed.',
    private_writing_closed: 'Private writing is not open.',
    locked: 'The facilitator has locked this board.',
    anonymous_names: 'This board is anonymous: no names on cards.',
    not_owner: 'Only its author and the facilitator may change or delete this (except in free co-writing).',
    author_forged: 'A card, a comment or a reaction always carries the name of whoever writes it.',
    moves_restricted: 'The facilitator has reserved moving and grouping cards.',
    too_long: 'This text is too long.',
    card_full: 'This card has reached the largest number of comments.',
    board_full: 'This board has reached its largest size: delete cards or open another board.',
    update_too_large: 'Too many changes at once: paste or import in several goes.',
  },
};
