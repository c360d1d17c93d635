/** Liveness, readiness and metrics, for load balancers and Prometheus. */
import { Router } from 'express';
import type { Metrics } from '../ops/metrics';

/** A readiness check resolves when its dependency answers, and rejects with why otherwise. */
export type ReadinessCheck = { name: string; check: () => Promise<void> };

const READY_TIMEOUT_MS = 2_000;

function withTimeout(promise: Promise<void>): Promise<void> {
  return Promise.race([
    promise,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error('no answer')), READY_TIMEOUT_MS).unref()),
  ]);
}

export function opsRoutes(metrics: Metrics, checks: ReadinessCheck[], draining: () => boolean): Router {
  const ops = Router();
  ops.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  ops.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check());
          return [name, 'ok'] as const;
        } catch (err) {
          return [name, (err as Error).message || 'failed'] as const;
        }
      }),
    );
    const ready = !draining() && results.every(([, status]) => status === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : draining() ? 'draining' : 'unavailable', checks: Object.fromEntries(results) });
  });
  ops.get('/metrics', async (_req, res) => {
    res.type(metrics.register.contentType).send(await metrics.register.metrics());
  });
  return ops;
}
