/**
 * Readiness (`GET /readyz`): every check at once, each answered within a timeout. The storage
 * check is a real write, so probes share one run: those arriving while it is under way wait
 * for it, and its answer stands for a second after; a load balancer cannot hammer the database.
 */

/** A readiness check resolves when its dependency answers, and rejects with why otherwise. */
export type ReadinessCheck = { name: string; check: () => Promise<void> };

/** Each check's status: `ok`, or why not. */
export type Readiness = Record<string, string>;

export interface ReadinessOptions {
  timeoutMs?: number;
  cacheMs?: number;
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function runChecks(checks: readonly ReadinessCheck[], timeoutMs: number): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await withTimeout(check(), timeoutMs);
        return [name, 'ok'] as const;
      } catch (err) {
        return [name, (err as Error).message || 'failed'] as const;
      }
    }),
  );
  return Object.fromEntries(results);
}

interface Run {
  results: Promise<Readiness>;
  /** performance.now() when the run answered; null while under way. */
  answeredAt: number | null;
}

export function readinessProbe(checks: readonly ReadinessCheck[], { timeoutMs = 1_000, cacheMs = 1_000 }: ReadinessOptions = {}) {
  let last: Run | null = null;
  return (): Promise<Readiness> => {
    const stale = last?.answeredAt != null && performance.now() - last.answeredAt >= cacheMs;
    if (!last || stale) {
      const run: Run = { results: runChecks(checks, timeoutMs), answeredAt: null };
      void run.results.then(() => (run.answeredAt = performance.now()));
      last = run;
    }
    return last.results;
  };
}

export const isReady = (results: Readiness) => Object.values(results).every((status) => status === 'ok');
