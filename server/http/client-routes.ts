/**
 * The built browser client: its files, and index.html for every other page path (a
 * single-page app). Source maps stay unserved unless SERVE_SOURCE_MAPS=1: they would hand
 * anyone the unminified source of the exact build a server runs.
 */
import path from 'node:path';
import express, { Router } from 'express';
import { AppError } from '../errors';

export function clientRoutes(dir: string, serveSourceMaps: boolean): Router {
  const routes = Router();
  const root = path.resolve(dir);
  if (!serveSourceMaps) {
    routes.get(/\.map$/, () => {
      throw new AppError('not_found', 'Source maps are not served (SERVE_SOURCE_MAPS=1 serves them)');
    });
  }
  routes.use(express.static(root, { index: false, maxAge: '1h' }));
  // Never cached, so that a new version shows at the next load.
  routes.get(/^\/(?!api\/|socket\.io\/|yjs\/).*/, (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(path.join(root, 'index.html'));
  });
  return routes;
}
