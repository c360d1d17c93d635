/**
 * One server instance for the benchmark, in its own process so that its CPU time and peak
 * memory are measured apart from the simulated clients. Talks to the parent over IPC.
 * Forked with `--import tsx` it runs the sources; `npm run build:bench` compiles it into
 * dist/bench/server-process.js, which plain `node` runs as production would (tsx alone holds
 * about 70 MB, which memory figures of the sources include).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer } from '../server/app';
import { configFromEnv } from '../server/config';
import { bucketQuantile, readBuckets } from './prometheus-buckets';

const server = await startServer(configFromEnv());
// How long ready work waited for the event loop: a synchronous stall shows here first.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let updateBuckets = new Map<number, number>();

/** Since the previous request: the time updates spent inside the server, read from its /metrics. */
async function inServerMs(): Promise<{ p50: number; p99: number } | null> {
  const buckets = readBuckets(await (await fetch(`${server.url}/metrics`)).text(), 'coatelier_update_seconds');
  const [p50, p99] = [0.5, 0.99].map((q) => bucketQuantile(updateBuckets, buckets, q));
  updateBuckets = buckets;
  const ms = (s: number) => Math.round(s * 10_000) / 10;
  return p50 == null || p99 == null ? null : { p50: ms(p50), p99: ms(p99) };
}

process.send?.({ type: 'listening', url: server.url });
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage();
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    const stats = {
      type: 'stats',
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      // Since the previous request: the parent asks at the start and at the end of its window.
      eventLoopDelayMs: { p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) },
    };
    loopDelay.reset();
    void inServerMs().then(
      (inServer) => process.send?.({ ...stats, inServerMs: inServer }),
      () => process.send?.({ ...stats, inServerMs: null }),
    );
  } else if (message.type === 'stop') {
    void server.close().then(() => process.exit(0));
  }
});
