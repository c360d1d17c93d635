/**
 * `POST /api/workshops/import`: a backup file in, a new workshop out. Mounted ahead of the
 * global `/api` JSON parser, whose 1 MB limit suits messages, not backups: this route reads
 * the raw body itself, up to BACKUP_LIMITS.maxBytes, so that it can also say precisely why a
 * file is refused (empty, cut off, not JSON, another format or version).
 */
import express, { Router, type RequestHandler } from 'express';
import { BACKUP_LIMITS } from '@shared/results/backup';
import { AppError } from '../errors';
import { parseBackup, type BackupImporter } from '../results/import-backup';

interface Deps {
  importer: BackupImporter;
  createKey: string | undefined;
}

const megabytes = Math.round(BACKUP_LIMITS.maxBytes / 1_048_576);

const rawBody = express.raw({ type: () => true, limit: BACKUP_LIMITS.maxBytes });

/** The raw body, with a too-large file refused in words an organiser understands. */
const readBackupBody: RequestHandler = (req, res, next) => {
  rawBody(req, res, (err?: unknown) => {
    if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
      next(new AppError('payload_too_large', `The backup file is larger than ${megabytes} MB, the most this server imports`));
    } else next(err);
  });
};

export function importRoutes({ importer, createKey }: Deps): Router {
  const routes = Router();

  const requireCreateKey: RequestHandler = (req, _res, next) => {
    // AUTH: the same rule as creating a workshop, checked before reading a large body.
    if (createKey && req.get('x-create-key') !== createKey) {
      throw new AppError('forbidden', 'Importing a workshop needs the server’s creation key');
    }
    next();
  };

  routes.post('/workshops/import', requireCreateKey, readBackupBody, async (req, res) => {
    const body: unknown = req.body;
    const backup = parseBackup(Buffer.isBuffer(body) ? body.toString('utf8') : '');
    res.status(201).json(await importer.import(backup));
  });

  return routes;
}
