/**
 * Puts two runs of scripts/screenshots.ts side by side, one image per screen and size
 * (before | after), scaled down so that a pair reads at a glance and stays small on disk.
 *
 *   node --import tsx scripts/screenshots-compare.ts /tmp/shots-before /tmp/shots-after e2e/artifacts/design
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const [beforeDir, afterDir, outDir] = process.argv.slice(2);
if (!beforeDir || !afterDir || !outDir) throw new Error('usage: screenshots-compare.ts <before folder> <after folder> <output folder>');

/** The pair's width on screen: wide shots are halved, a phone's pair keeps its size. */
const PAIR_WIDTH_PX = { phone: 800, wide: 1600 } as const;

const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

function pairPage(name: string, before: string, after: string): string {
  const figure = (label: string, src: string) =>
    `<figure><figcaption>${label}</figcaption><img src="${src}" alt=""></figure>`;
  return `<!doctype html><html><head><style>
    body { margin: 0; padding: 12px; background: #d8d6cf; font: 600 15px system-ui, sans-serif; color: #1f2328; }
    h1 { font-size: 15px; margin: 0 0 8px; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; align-items: start; }
    figure { margin: 0; } figcaption { margin-bottom: 4px; }
    img { display: block; width: 100%; height: auto; box-shadow: 0 1px 4px rgb(0 0 0 / 30%); }
  </style></head><body><h1>${name}</h1><div class="pair">${figure('Avant / Before', before)}${figure('Après / After', after)}</div></body></html>`;
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const shots = readdirSync(afterDir).filter((file) => file.endsWith('.png') && readdirSync(beforeDir).includes(file));
  for (const file of shots) {
    const phone = /-3\d\d\.png$/.test(file);
    const page = await browser.newPage({ viewport: { width: phone ? PAIR_WIDTH_PX.phone : PAIR_WIDTH_PX.wide, height: 400 } });
    await page.setContent(pairPage(file.replace(/\.png$/, ''), dataUrl(path.join(beforeDir, file)), dataUrl(path.join(afterDir, file))));
    await page.screenshot({ path: path.join(outDir, file), fullPage: true });
    await page.close();
  }
  console.log(`${shots.length} pairs in ${outDir}`);
} finally {
  await browser.close();
}
