/**
 * The built browser client: its files (text ones compressed, see static-assets.ts), and
 * index.html for every other page path (a single-page app). Source maps stay unserved
 * unless SERVE_SOURCE_MAPS=1: they would hand anyone the unminified source of the exact
 * build a server runs.
 */
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import express, { Router } from 'express';
import { AppError } from '../errors';
import { cacheControlFor, loadStaticAssets } from './static-assets';

export function clientRoutes(dir: string, serveSourceMaps: boolean): Router {
  const routes = Router();
  const root = path.resolve(dir);
  if (!serveSourceMaps) {
    routes.get(/\.map$/, () => {
      throw new AppError('not_found', 'Source maps are not served (SERVE_SOURCE_MAPS=1 serves them)');
    });
  }
  const assets = loadStaticAssets(root);
  routes.use(assets.handler);
  // The other files (images, fonts, source maps when served), cached by the same rule.
  const urlPathOf = (file: string) => `/${path.relative(root, file).split(path.sep).join('/')}`;
  const setHeaders = (res: ServerResponse, file: string) => res.setHeader('Cache-Control', cacheControlFor(urlPathOf(file)));
  routes.use(express.static(root, { index: false, cacheControl: false, setHeaders }));
  routes.get(/^\/(?!api\/|socket\.io\/|yjs\/).*/, (req, res) => {
    if (!assets.send(req, res, '/index.html')) throw new AppError('not_found', 'The built client has no index.html');
  });
  return routes;
}
