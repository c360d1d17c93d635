import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { workshopBackup } from '../shared/results/backup';
import { ARTIFACTS, addCard, createWorkshop, openBoard } from './support';

const TEXT = 'Prise de parts à 10 % 🚀 — élus';

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('the organiser downloads every format, prints a board and saves it as an image', async ({ page }) => {
  await createWorkshop(page, 'Rencontres ESS – Tours');
  const workshopUrl = page.url();
  await openBoard(page, 'Difficultés');
  await addCard(page, 'Connaître les SCIC', TEXT);
  await expect(page.getByText('Enregistré')).toBeVisible();
  await page.goto(workshopUrl);

  const panel = page.getByRole('region', { name: 'Résultats et exports' });
  await expect(panel).toBeVisible();

  const docx = await download(page, 'Compte rendu (Word)');
  expect(docx.name).toMatch(/^rencontres-ess-tours.*\.docx$/);
  const documentXml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
  expect(documentXml).toContain('Prise de parts à 10 % 🚀');

  const xlsx = await download(page, 'Tableur (Excel)');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
  expect(cells).toContain(TEXT);

  const csv = await download(page, 'Données (CSV)');
  const csvText = csv.bytes.toString('utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csvText.slice(1), { delimiter: ';' }).data;
  expect(rows.some((row) => row.includes(TEXT))).toBe(true);

  const md = await download(page, 'Texte (Markdown)');
  expect(md.bytes.toString('utf8')).toContain(TEXT);

  const json = await download(page, 'Sauvegarde complète (JSON)');
  const backup = workshopBackup.parse(JSON.parse(json.bytes.toString('utf8')));
  expect(backup.boards.flatMap((b) => b.cards.map((c) => c.text))).toContain(TEXT);

  // Anonymous export: the organiser's name never appears.
  await panel.getByLabel(/Remplacer les noms/).check();
  const anonymous = await download(page, 'Sauvegarde complète (JSON)');
  const anonymousBackup = workshopBackup.parse(JSON.parse(anonymous.bytes.toString('utf8')));
  expect(anonymousBackup.anonymous).toBe(true);
  expect(anonymousBackup.boards.flatMap((b) => b.cards.map((c) => c.authorName)).every((n) => n === '' || /^Participant \d+$/.test(n))).toBe(true);

  await panel.getByLabel('Contenu').selectOption({ label: 'Difficultés' });
  await expect(panel.getByRole('link', { name: /Imprimer « Difficultés »/ })).toHaveCount(1);
  await panel.getByRole('link', { name: 'Imprimer « Difficultés »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();
  await expect(page.getByText(TEXT)).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/print-view.png`, fullPage: true });

  const png = await download(page, 'Télécharger l’image (PNG)');
  expect(png.name).toMatch(/difficultes.*\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Width from the IHDR chunk: a real drawing of the page, not an empty image.
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(400);
});
