/**
 * Who may read GET /metrics: with METRICS_TOKEN, whoever sends it as a bearer token; without
 * it, only a request made straight to this process from the same machine (a Prometheus or
 * `curl` on the host), never one relayed by a proxy, which would come from the public.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors';

const digest = (value: string) => createHash('sha256').update(value).digest();
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function metricsAccess(token: string | undefined): RequestHandler {
  const expected = token === undefined ? null : digest(token);
  return (req, _res, next) => {
    if (expected) {
      const match = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '');
      // Hashes of equal length, compared in constant time: the token leaks nothing by timing.
      if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
        throw new AppError('unauthorized', 'Metrics need the bearer token set in METRICS_TOKEN');
      }
    } else {
      const direct = req.get('x-forwarded-for') === undefined && req.get('forwarded') === undefined;
      if (!direct || !LOOPBACK.test(req.socket.remoteAddress ?? '')) {
        throw new AppError('forbidden', 'Metrics are readable from this machine only, unless METRICS_TOKEN is set');
      }
    }
    next();
  };
}
