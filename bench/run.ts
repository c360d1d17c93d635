/**
 * `npm run bench`: runs the chosen scenarios (bench/scenarios/plans.ts) against Coatelier,
 * and with --peers against the reference y-websocket server and Hocuspocus too, each server
 * in a process of its own; then the exports phase. Prints one JSON document, then markdown
 * tables for the README. Progress goes to stderr. `--help` says the rest.
 */
import { HELP, readOptions, type BenchOptions } from './cli';
import { progress as log } from './progress';
import { benchExports } from './export-bench';
import type { LoadFigures } from './load/load-figures';
import { runLoad } from './load/run-load';
import { loadTable, memoryTable, type ScenarioReport } from './report/markdown';
import { medianRun } from './report/median-run';
import { ratios } from './report/ratios';
import { runMemory, type MemoryFigures } from './scenarios/memory';
import { p99TargetMs, selectScenarios, withOverrides, type Scenario } from './scenarios/plans';
import { startCoatelier } from './targets/coatelier';
import { startPeer } from './targets/peer';
import type { Target } from './targets/target';

const DURABILITY = 'Coatelier stores every update durably before acknowledging it; the peers keep documents in memory only, with no persistence, and run on one instance (they do not scale out).';

// Each stock y-websocket provider listens for the process's exit.
process.setMaxListeners(0);

function starters(o: BenchOptions, scenario: Scenario, instances: number): (() => Promise<Target>)[] {
  const coatelier = () => startCoatelier({ instances, wsShare: o.wsShare, databaseUrl: o.databaseUrl, redisUrl: o.redisUrl, profileDir: o.profile });
  if (!o.peers || !scenario.peers) return [coatelier];
  return [coatelier, () => startPeer('y-websocket', o.profile), () => startPeer('hocuspocus', o.profile)];
}

async function main(o: BenchOptions): Promise<void> {
  const scenarios = selectScenarios(o.scenario).map((s) => (s.kind === 'load' ? withOverrides(s, o.overrides) : s));
  const loads: ScenarioReport[] = [];
  const memory: MemoryFigures[] = [];
  for (const scenario of scenarios) {
    if (scenario.kind === 'memory') {
      for (const start of starters(o, scenario, 1)) {
        log(`${scenario.name}: ${o.idleK} idle boards, then ${o.idleK} idle connections…`);
        memory.push(await runMemory(start, o.idleK));
      }
      continue;
    }
    const servers = starters(o, scenario, scenario.instances);
    const repeated: LoadFigures[][] = servers.map(() => []);
    // Round by round, every server in turn: the machine's drift falls on all of them alike.
    for (let round = 1; round <= o.repeat; round++) {
      for (const [i, start] of servers.entries()) {
        const target = await start();
        const of = o.repeat > 1 ? ` (run ${round} of ${o.repeat})` : '';
        log(`${scenario.name} on ${target.name}${of}: ${scenario.clients} clients, ${o.warmupS} s warm-up, ${o.durationS} s measured…`);
        try {
          repeated[i]!.push(await runLoad(target, scenario, o));
        } finally {
          await target.stop();
        }
      }
    }
    const runs = repeated.map(medianRun);
    const [ours, ...peers] = runs;
    const target = p99TargetMs(scenario.clients);
    loads.push({
      scenario: scenario.name,
      description: scenario.description,
      runs,
      ratios: Object.fromEntries(peers.map((p) => [p.server, ratios(ours!, p)])),
      // The issue's target for Coatelier at this size, when it sets one.
      ...(target === null ? {} : { p99TargetMs: target, p99TargetMet: ours!.latencyMs.p99 < target }),
    });
  }
  if (o.exports) log('exports: a 2,000-card workshop in every format, in memory and cold from storage…');
  const result = {
    ...(o.peers ? { peers: ['y-websocket', 'hocuspocus'], note: DURABILITY } : {}),
    settings: { repeat: o.repeat, durationS: o.durationS, warmupS: o.warmupS, graceS: o.graceS, wsShare: o.wsShare, observerShare: o.observerShare, replicaShare: o.replicaShare },
    scenarios: loads,
    memory,
    // After every load run, so that it weighs on none of their figures.
    exports: o.exports ? await benchExports() : null,
  };
  console.log(JSON.stringify(result, null, 2));
  const tables = [loads.length ? loadTable(loads) : '', memory.length ? memoryTable(memory) : ''].filter(Boolean);
  console.log(`\n${tables.join('\n\n')}${o.peers ? `\n\n${DURABILITY}` : ''}`);
}

let options: BenchOptions;
try {
  options = readOptions();
  selectScenarios(options.scenario);
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
if (options.help) {
  console.log(HELP);
} else if (options.exportsOnly) {
  console.log(JSON.stringify({ exports: await benchExports() }, null, 2));
} else {
  await main(options);
}
process.exit(0);
