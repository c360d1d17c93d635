/**
 * `node --import tsx bench/profile-summary.ts FILE.cpuprofile [--top 25]`: the functions and
 * the packages where a V8 CPU profile (from `npm run bench -- --profile DIR`) spent its own
 * time, heaviest first, so a profile can be read without opening DevTools.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error('usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile [--top 25]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));

/** Where a frame's code lives: its npm package, the project, or the runtime. */
function owner(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node';
  if (url === '') return '(runtime)';
  return 'coatelier';
}

const byFunction = new Map<string, number>();
const byOwner = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  // timeDeltas[i] is the time elapsed before sample i; it is charged to that sample's frame.
  const us = profile.timeDeltas[i] ?? 0;
  const frame = nodes.get(id)?.callFrame;
  if (!frame) return;
  // Line numbers of the project's TypeScript are those of tsx's output, so only its file is named.
  const file = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(?=(server|shared|client|bench)\/)/, '');
  const where = !frame.url ? '' : file.endsWith('.ts') ? file : `${file}:${frame.lineNumber + 1}`;
  const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byOwner.set(owner(frame.url), (byOwner.get(owner(frame.url)) ?? 0) + us);
  total += us;
});

const top = Number(values.top);
const table = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1e6).toFixed(2).padStart(7)} s  ${name}`)
    .join('\n');
console.log(`Total ${(total / 1e6).toFixed(2)} s sampled\n\nSelf time by package:\n${table(byOwner, 15)}\n\nSelf time by function:\n${table(byFunction, top)}`);
