/** Liveness, readiness and metrics, for load balancers and Prometheus. */
import { Router } from 'express';
import type { Metrics } from '../ops/metrics';
import { isReady, readinessProbe, type ReadinessCheck } from '../ops/readiness';

export type { ReadinessCheck };

export function opsRoutes(metrics: Metrics, checks: ReadinessCheck[], draining: () => boolean): Router {
  const ops = Router();
  const readiness = readinessProbe(checks);
  ops.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  ops.get('/readyz', async (_req, res) => {
    const results = await readiness();
    const ready = !draining() && isReady(results);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : draining() ? 'draining' : 'unavailable', checks: results });
  });
  ops.get('/metrics', async (_req, res) => {
    res.type(metrics.register.contentType).send(await metrics.register.metrics());
  });
  return ops;
}
