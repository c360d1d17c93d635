/**
 * The public restitution's routes. Organisers publish, read, preview and withdraw
 * ('workshop.edit': facilitators and participants are refused); anyone with the path reads
 * it, without a token. Every handler reads AUTH, VALIDATION, RESOLUTION. Mounted at the root,
 * as it also marks the page's own address (`/r/<slug>`, served by client-routes after it).
 */
import express, { Router } from 'express';
import { PUBLICATION_SLUG_PATTERN, PUBLICATION_WITHDRAWN } from '@shared/publication';
import { idSchema } from '@shared/protocol';
import type { Authenticator } from '../auth/authenticator';
import type { BoardRegistry } from '../docs/board-registry';
import { AppError } from '../errors';
import { authorise, parseBody, requireToken } from '../http/auth';
import { WorkshopSnapshots } from '../results/workshop-snapshot';
import type { Storage } from '../storage/storage';
import { previewQuery, publishBody } from './publication-body';
import { Publications } from './publications';

interface Deps {
  storage: Storage;
  registry: BoardRegistry;
  authenticator: Authenticator;
}

export function publicationRoutes({ storage, registry, authenticator }: Deps): Router {
  const routes = Router();
  const publications = new Publications(storage, new WorkshopSnapshots(storage, registry));
  const auth = requireToken(authenticator);
  // A choice of boards is small: this route's own parser, whatever is mounted after it.
  const json = express.json({ limit: '16kb' });
  const workshopOf = (value: string | string[] | undefined) => {
    const parsed = idSchema.safeParse(value);
    if (!parsed.success) throw new AppError('not_found', 'No such workshop');
    return parsed.data;
  };

  routes.post('/api/workshops/:id/publication', auth, json, async (req, res) => {
    const { wid } = authorise(req, workshopOf(req.params.id), 'workshop.edit');
    const body = parseBody(publishBody, req.body);
    const { choice, created } = await publications.publish(wid, body);
    res.status(created ? 201 : 200).json(choice);
  });

  routes.get('/api/workshops/:id/publication', auth, async (req, res) => {
    const { wid } = authorise(req, workshopOf(req.params.id), 'workshop.edit');
    res.set('Cache-Control', 'no-store').json(await publications.current(wid));
  });

  routes.get('/api/workshops/:id/publication/preview', auth, async (req, res) => {
    const { wid } = authorise(req, workshopOf(req.params.id), 'workshop.edit');
    const { boards } = parseBody(previewQuery, req.query);
    res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }).json(await publications.preview(wid, boards));
  });

  routes.delete('/api/workshops/:id/publication', auth, async (req, res) => {
    const { wid } = authorise(req, workshopOf(req.params.id), 'workshop.edit');
    await publications.withdraw(wid);
    res.status(204).end();
  });

  routes.get('/api/publications/:slug', async (req, res) => {
    // AUTH: none; the path is the secret. VALIDATION: a slug's shape, before any lookup.
    const slug = String(req.params.slug);
    const found = PUBLICATION_SLUG_PATTERN.test(slug) ? await publications.read(slug) : { state: 'none' as const };
    // Never cached: a withdrawal must hold at once, even behind a proxy.
    res.set('Cache-Control', 'no-store');
    if (found.state === 'none') throw new AppError('not_found', 'No such restitution');
    if (found.state === 'withdrawn') {
      return void res.status(410).json(new AppError('not_found', 'This restitution was withdrawn by its organiser', PUBLICATION_WITHDRAWN).toJSON());
    }
    if (!found.restitution.indexable) res.set('X-Robots-Tag', 'noindex');
    res.json(found.restitution);
  });

  // The page's HTML is the app's one index.html, without a head of its own: the header tells
  // crawlers that do not run the page's script (which sets the same in a meta tag).
  routes.get('/r/:slug', async (req, res, next) => {
    const slug = String(req.params.slug);
    const p = PUBLICATION_SLUG_PATTERN.test(slug) ? await storage.publications.bySlug(slug) : null;
    if (!p || p.withdrawnAt !== null || !p.indexable) res.set('X-Robots-Tag', 'noindex');
    next();
  });

  return routes;
}
