/**
 * `POST /api/workshops/import`: a backup file in, a new workshop out. Mounted ahead of the
 * global `/api` JSON parser, whose 1 MB limit suits messages, not backups: this route reads
 * the raw body itself, up to BACKUP_LIMITS.maxBytes, so that it can also say precisely why a
 * file is refused (empty, cut off, not JSON, another format or version). Counted per address
 * before the body is read; the file is read and checked in a worker thread (import-worker.ts).
 */
import express, { Router, type RequestHandler } from 'express';
import { BACKUP_LIMITS } from '@shared/results/backup';
import { AppError } from '../errors';
import type { CreatedWorkshop } from '@shared/protocol';
import type { InviteLinks } from '../domain/invite-links';
import type { BackupImporter } from '../results/import-backup';
import type { ImportWorkers } from '../results/import-worker';
import type { RateLimits } from '../security/rate-limits';
import { limitKey } from './client-key';

interface Deps {
  importer: BackupImporter;
  links: InviteLinks;
  workers: ImportWorkers;
  limits: RateLimits;
  createKey: string | undefined;
}

const megabytes = Math.round(BACKUP_LIMITS.maxBytes / 1_048_576);

const rawBody = express.raw({ type: () => true, limit: BACKUP_LIMITS.maxBytes });

/** The raw body, with a too-large file refused in words an organiser understands. */
export const readBackupBody: RequestHandler = (req, res, next) => {
  rawBody(req, res, (err?: unknown) => {
    if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
      next(new AppError('payload_too_large', `The backup file is larger than ${megabytes} MB, the most this server imports`));
    } else next(err);
  });
};

export function importRoutes({ importer, links, workers, limits, createKey }: Deps): Router {
  const routes = Router();

  const requireCreateKey: RequestHandler = (req, _res, next) => {
    // AUTH: the same rule as creating a workshop, checked before reading a large body.
    if (createKey && req.get('x-create-key') !== createKey) {
      throw new AppError('forbidden', 'Importing a workshop needs the server’s creation key');
    }
    next();
  };

  const limit: RequestHandler = async (req, _res, next) => {
    await limits.importWorkshop(limitKey(req));
    next();
  };

  routes.post('/workshops/import', requireCreateKey, limit, readBackupBody, async (req, res) => {
    const body: unknown = req.body;
    const plan = await workers.plan(Buffer.isBuffer(body) ? body : new Uint8Array());
    const created = await importer.import(plan);
    const organiserLink = await links.create(created.id, 'organiser');
    res.status(201).json({ ...created, organiserLink } satisfies CreatedWorkshop);
  });

  return routes;
}
