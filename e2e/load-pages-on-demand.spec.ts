import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { manifestSchema, staticFiles } from '../bench/bundle-graph';

// The build under test: its manifest says which files the home page needs, as `bench:bundle` reads it.
const CLIENT_DIR = process.env.E2E_CLIENT_DIR ?? 'dist/client';
const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(CLIENT_DIR, '.vite/manifest.json'), 'utf8')));

function scriptsOf(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.endsWith('.js')) files.push(pathname.slice(1));
  });
  return files;
}

/** Holds back the chunk whose name starts with `name` until the returned function is called. */
async function holdChunk(page: Page, name: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${name}-[^/]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('home downloads only its own code; a page arrives behind an announced loading state, with focus on its heading', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(new Set(scripts)).toEqual(staticFiles(manifest, 'index.html'));

  const release = await holdChunk(page, 'WorkshopPage');
  await page.getByLabel('Titre de l’atelier').fill('Rencontres ESS – Blois');
  await page.getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chargement de la page…' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Rencontres ESS – Blois' })).toBeFocused();
  // The organiser's tools come in their own chunk, fetched with the page.
  await expect(page.getByRole('heading', { name: 'Liens à distribuer' })).toBeVisible();
  expect(scripts.some((f) => /\/StaffPanels-/.test(f))).toBe(true);

  // Back to home by the header's link: focus moves to the home page's heading, not left on the link.
  await page.getByRole('link', { name: 'Coatelier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Co-construire, ensemble et en direct' })).toBeFocused();
});

test('the home page arrives compressed: its hashed files kept a year, the page itself revalidated', async ({ page }) => {
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await page.goto('/', { waitUntil: 'networkidle' });
  const answers = await Promise.all(
    responses.map(async (r) => ({ pathname: new URL(r.url()).pathname, headers: await r.allHeaders() })),
  );
  const html = answers.find((a) => a.pathname === '/');
  expect(html?.headers['cache-control']).toBe('no-cache');
  const assets = answers.filter((a) => /^\/assets\/.+\.(js|css)$/.test(a.pathname));
  expect(assets.map((a) => a.pathname.slice(1)).filter((f) => f.endsWith('.js')).sort()).toEqual([...staticFiles(manifest, 'index.html')].sort());
  for (const { pathname, headers } of [...assets, html!]) {
    // Brotli once the server has made it (in the background after it starts), gzip until then.
    expect(headers['content-encoding'], pathname).toMatch(/^(br|gzip)$/);
    expect(headers.vary, pathname).toMatch(/accept-encoding/i);
  }
  for (const { pathname, headers } of assets) expect(headers['cache-control'], pathname).toBe('public, max-age=31536000, immutable');
});

test('a page whose code cannot be downloaded says so, and reloading brings it', async ({ page }) => {
  await page.route(/\/assets\/BoardLinkPage-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/b/some-board');
  await expect(page.getByRole('alert')).toHaveText(/Cette page n’a pas pu s’afficher/);
  await page.unroute(/\/assets\/BoardLinkPage-[^/]+\.js$/);
  await page.getByRole('button', { name: 'Recharger la page' }).click();
  await expect(page.getByRole('alert')).toHaveText('Vous n’avez pas encore rejoint cet atelier.');
});

test('English messages are fetched when chosen and kept across a reload', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  expect(scripts.some((f) => /\/en-/.test(f))).toBe(false);
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Build it together, live' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Build it together, live' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
