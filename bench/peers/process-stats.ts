/**
 * The IPC a benchmarked server process answers, the same for the peers as for Coatelier's
 * bench/server-process.ts: `stats` (CPU seconds, peak RSS, event-loop delay since the last
 * ask) and `stop`. Kept in one place so that every peer is measured the same way.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export function answerStats(url: string, close: () => Promise<void>): void {
  // How long ready work waited for the event loop: a synchronous stall shows here first.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  process.send?.({ type: 'listening', url });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      const ms = (ns: number) => Math.round(ns / 1e5) / 10;
      process.send?.({
        type: 'stats',
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        eventLoopDelayMs: { p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) },
      });
      loopDelay.reset();
    } else if (message.type === 'stop') {
      void close().then(() => process.exit(0));
    }
  });
}
