import type { Request } from 'express';
import { addressKey } from '../security/http-client-address';

/** The key the abuse limits count a request under: its client address (TRUST_PROXY applied). */
export const limitKey = (req: Request): string => addressKey(req.ip ?? req.socket.remoteAddress ?? '');
