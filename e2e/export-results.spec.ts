import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { workshopBackup } from '../shared/results/backup';
import { ARTIFACTS, addCard, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard, openFacilitation } from './support';

const TEXT = 'Prise de parts à 10 % 🚀 — élus';

/**
 * The first page of a Word report (up to the first board, which starts a page) as its reader
 * sees it: paragraphs with their style, and tables as rows of cells.
 */
async function docxSummary(bytes: Buffer) {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const page = xml.slice(0, xml.indexOf('<w:pageBreakBefore/>'));
  const text = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const tables = [...page.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) =>
    m[1]!
      .split('</w:tr>')
      .filter((row) => row.includes('<w:tc>'))
      .map((row) => row.split('</w:tc>').filter((cell) => cell.includes('<w:tc>')).map(text)),
  );
  const paragraphs = page
    .replace(/<w:tbl>.*?<\/w:tbl>/gs, '')
    .split('</w:p>')
    .map((p) => ({ style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? '', text: text(p) }))
    .filter((p) => p.text !== '');
  return { paragraphs, tables };
}

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

test('the Word report opens on a summary: participation, the most-voted cards, the roadmap', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const code = await createWorkshop(page, 'Rencontres ESS – Die');
  const workshopUrl = page.url();
  const participant = await (await browser.newContext()).newPage();
  await joinWorkshop(participant, code, 'Dominique, commune de Die');

  await openBoard(page, 'Difficultés');
  await addCard(page, 'Connaître les SCIC', 'Les élus découvrent les SCIC trop tard');
  await openFacilitation(page);
  await page.getByRole('button', { name: /^Lancer le vote/ }).click();
  await page.getByRole('button', { name: 'Voter : Les élus découvrent les SCIC trop tard' }).click();
  await expect(page.getByRole('button', { name: 'Retirer mon vote : Les élus découvrent les SCIC trop tard' })).toBeVisible();

  await page.goto(workshopUrl);
  await openBoard(page, 'Feuille de route');
  await addCard(page, 'Dans les 6 mois', 'Rédiger un guide pour les élus');
  await chooseInMenu(column(page, 'Dans les 6 mois').locator('li.card').first(), 'Détails de l’action');
  const details = page.getByRole('dialog', { name: /Détails de l’action/ });
  await details.getByLabel('Statut', { exact: true }).selectOption({ label: 'En cours' });
  await details.getByLabel('Échéance').fill('2027-03-31');
  await details.getByLabel('Échéance').press('Tab');
  await details.getByRole('button', { name: 'Fermer' }).click();
  await expect(column(page, 'Dans les 6 mois').locator('.roadmap-summary')).toContainText('31 mars 2027');
  await expect(page.getByText('Enregistré')).toBeVisible();

  await page.goto(workshopUrl);
  const { paragraphs, tables } = await docxSummary((await download(page, 'Compte rendu (Word)')).bytes);
  expect(paragraphs[0]).toEqual({ style: 'Title', text: 'Rencontres ESS – Die' });
  // Headings in order, without a skipped level: what a screen reader lists.
  expect(paragraphs.filter((p) => p.style.startsWith('Heading'))).toEqual([
    { style: 'Heading1', text: 'En bref' },
    { style: 'Heading2', text: 'Participation' },
    { style: 'Heading2', text: 'Les cartes les plus votées' },
    { style: 'Heading2', text: 'Feuille de route' },
  ]);
  // The organiser took no join code: the room is the one participant. The card and the action.
  expect(paragraphs.filter((p) => p.style === 'ReportFigure').map((p) => p.text)).toEqual([
    'Participants\u00a0: 1',
    'Cartes\u00a0: 2',
    'Votes\u00a0: 1',
    'Commentaires\u00a0: 0',
  ]);
  expect(tables).toEqual([
    [
      ['Carte', 'Tableau', 'Votes'],
      ['Les élus découvrent les SCIC trop tard', 'Difficultés', '1'],
    ],
    [
      ['Action', 'Colonne', 'Porteur', 'Partenaires', 'Échéance', 'Statut'],
      ['Rédiger un guide pour les élus', 'Dans les 6 mois', '', '', '31 mars 2027', 'En cours'],
    ],
  ]);
});
