/**
 * One server instance for the benchmark, in its own process so that its CPU time and peak
 * memory are measured apart from the simulated clients. Talks to the parent over IPC.
 */
import { startServer } from '../server/app';
import { configFromEnv } from '../server/config';

const server = await startServer(configFromEnv());
process.send?.({ type: 'listening', url: server.url });
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage();
    process.send?.({
      type: 'stats',
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
  } else if (message.type === 'stop') {
    void server.close().then(() => process.exit(0));
  }
});
