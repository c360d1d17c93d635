/** What the browser needs to know of the server's settings before building links. */
import { Router } from 'express';

/** The answer of `GET /api/config`: the client falls back to its own origin when null. */
export interface PublicConfig {
  publicUrl: string | null;
  /** Hours before a sample workshop is deleted (0: kept), for the demo's banner to say. */
  demoLifetimeHours: number;
}

/** Settings change only with a restart: a few minutes of caching spares a request per page. */
const CACHE_SECONDS = 300;

export function configRoutes(config: PublicConfig): Router {
  const routes = Router();
  const body: PublicConfig = { publicUrl: config.publicUrl, demoLifetimeHours: config.demoLifetimeHours };
  routes.get('/config', (_req, res) => {
    res.set('Cache-Control', `public, max-age=${CACHE_SECONDS}`).json(body);
  });
  return routes;
}
