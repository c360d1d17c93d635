/**
 * Screenshots of the app's main screens at a phone's, a laptop's and a large screen's size,
 * for looking at the design (issue 12 §11) and comparing two builds of the client.
 *
 *   npx vite build --outDir /tmp/ui-build
 *   node --import tsx scripts/screenshots.ts /tmp/ui-build /tmp/ui-shots [port]
 *
 * Starts the server from the sources on its own port and data folder, with that client;
 * makes the sample workshop ("Découvrir avec un exemple": cards of every colour, a revealed
 * vote, comments, groups, tables, a synthesis, a roadmap), then shoots each screen as the
 * organiser, a participant, the facilitator and the projector see it. Compare two runs with
 * scripts/screenshots-compare.ts. SCREENSHOTS_SERVER_ROOT names another checkout to run the
 * server from (a `git archive` of a commit, with node_modules), when this one is mid-change.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { BoardInfo } from '@shared/protocol';

export const SIZES = [
  [390, 844],
  [1366, 768],
  [1920, 1080],
] as const;

const ROOT = process.env.SCREENSHOTS_SERVER_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const [clientDir, outDir, portArg] = process.argv.slice(2);
if (!clientDir || !outDir) throw new Error('usage: screenshots.ts <client build folder> <output folder> [port]');
const PORT = Number(portArg ?? 4391);
const BASE = `http://127.0.0.1:${PORT}`;

async function startServer() {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CLIENT_DIR: path.resolve(clientDir!), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'coatelier-shots-')) },
  });
  // Ready once it answers; it exiting first is a failure worth its own message.
  const exited = new Promise<never>((_, fail) => server.once('exit', (code) => fail(new Error(`the server exited (${code})`))));
  const ready = (async () => {
    for (;;) {
      const ok = await fetch(`${BASE}/healthz`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((done) => setTimeout(done, 200));
    }
  })();
  await Promise.race([ready, exited]);
  return server;
}

/** The page after its fonts and two frames: what a person sees once the layout settles. */
async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
}

/** WCAG 1.4.10 at 320 px: how far the page scrolls sideways (0 is right; the board's columns scroll on their own). */
async function overflowAt320(page: Page): Promise<number> {
  await page.setViewportSize({ width: 320, height: 640 });
  await settle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1366, height: 768 });
  return overflow;
}

async function shootAllSizes(page: Page, name: string, prepare?: () => Promise<void>) {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await prepare?.();
    await settle(page);
    await page.screenshot({ path: path.join(outDir!, `${name}-${width}.png`) });
  }
  console.log(`${name}: ${await overflowAt320(page)} px of sideways scroll at 320 px`);
}

async function boardPage(page: Page, workshopId: string, board: BoardInfo) {
  await page.goto(`/w/${workshopId}/b/${board.id}`);
  await page.getByRole('heading', { level: 1, name: board.title }).waitFor();
  await page.getByText('Enregistré').waitFor();
}

async function run(browser: Browser) {
  const organiser = await browser.newContext({ baseURL: BASE, viewport: { width: 1366, height: 768 } });
  const page = await organiser.newPage();
  await page.goto('/');
  await settle(page);
  await shootAllSizes(page, 'home');

  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await page.getByRole('heading', { level: 1, name: /^Exemple/ }).waitFor({ timeout: 60_000 });
  const workshopId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
  const code = (await page.getByTestId('join-code').innerText()).replace(/\s/g, '');
  const token = await page.evaluate(() => (Object.values(JSON.parse(localStorage.getItem('coatelier.sessions') ?? '{}'))[0] as { token: string }).token);
  const { boards } = (await (await fetch(`${BASE}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { boards: BoardInfo[] };
  const byTitle = (title: string) => boards.find((b) => b.title === title) ?? boards[0]!;
  const voteBoard = byTitle('Difficultés');
  const synthesis = boards.find((b) => b.kind === 'synthesis') ?? voteBoard;
  const roadmap = boards.find((b) => b.kind === 'roadmap') ?? voteBoard;
  await shootAllSizes(page, 'workshop');

  await boardPage(page, workshopId, voteBoard);
  await shootAllSizes(page, 'board-facilitator', async () => {
    const panel = page.getByText('Animation', { exact: true });
    if (!(await page.getByRole('list', { name: 'Étapes de l’animation' }).isVisible())) await panel.click();
  });
  await boardPage(page, workshopId, voteBoard);
  await shootAllSizes(page, 'card-menu', async () => {
    // A menu closes when the window is resized: it opens again at each size.
    await page.keyboard.press('Escape');
    await page.locator('li[data-card-id]').first().getByRole('button', { name: /^Actions de la carte/ }).click();
    await page.getByRole('menu').waitFor();
  });
  await boardPage(page, workshopId, synthesis);
  await shootAllSizes(page, 'synthesis');
  await boardPage(page, workshopId, roadmap);
  await shootAllSizes(page, 'roadmap');
  await page.goto(`/present/${voteBoard.id}`);
  await page.getByRole('heading', { level: 1, name: voteBoard.title }).waitFor();
  await shootAllSizes(page, 'projector');

  const participant = await (await browser.newContext({ baseURL: BASE, viewport: { width: 1366, height: 768 } })).newPage();
  await participant.goto(`/join/${code}`);
  await participant.getByLabel('Votre nom').fill('Camille Martin');
  await participant.getByRole('button', { name: 'Rejoindre' }).click();
  await participant.getByRole('heading', { name: 'Tableaux' }).waitFor();
  await boardPage(participant, workshopId, voteBoard);
  await shootAllSizes(participant, 'board-participant');
  await shootAllSizes(participant, 'card-dialog', async () => {
    if (await participant.getByRole('dialog').isVisible()) return;
    await participant.locator('li[data-card-id]').getByRole('button', { name: /commentaires/ }).first().click();
    await participant.getByRole('dialog').waitFor();
  });
}

mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  await run(browser);
} finally {
  await browser.close();
  server.kill();
}
