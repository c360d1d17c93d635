import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addCard, card, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard, openFacilitation } from './support';

const SHOTS = process.env.PROJECTOR_SHOTS;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const fontPx = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/** Screenshots of each view at the room's usual sizes, when PROJECTOR_SHOTS names a folder. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  const size = page.viewportSize()!;
  for (const [width, height] of [[1920, 1080], [1366, 768], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    // The text is fitted after the resize is observed: wait for the size to settle.
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png` });
  }
  await page.setViewportSize(size);
}

test('the organiser projects the board from their own browser: invitation, step, results and spotlight', async ({ browser, baseURL }) => {
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const organiser = await room.newPage();
  const code = await createWorkshop(organiser, 'Rencontres – plénière');
  await openBoard(organiser, 'Difficultés');

  // The board page's link opens the projector in a new tab, without any token in its address.
  const link = organiser.getByRole('link', { name: 'Projeter le tableau (nouvel onglet)' });
  await expect(link).toHaveAttribute('target', '_blank');
  const [projector] = await Promise.all([room.waitForEvent('page'), link.click()]);
  expect(new URL(projector.url()).hash).toBe('');
  await expect(projector.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();
  await expect(projector.getByText('Écriture des cartes')).toBeVisible();

  const participant = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await joinWorkshop(participant, code, 'Alex');
  await openBoard(participant, 'Difficultés');
  await addCard(participant, 'Connaître les SCIC', 'Les élus ne connaissent pas les SCIC');
  await addCard(participant, 'Cadre juridique et financier', 'Prise de parts : quel montant ?');
  const guide = await addCard(organiser, 'Connaître les SCIC', 'Un guide pour les agents');
  await chooseInMenu(guide, 'Rose', 'menuitemradio');

  // Real colours, named in words since they differ; text at 24 px or more while it fits.
  const projected = projector.locator('.projector-card').filter({ hasText: 'Un guide pour les agents' });
  await expect(projected).toHaveClass(/card--pink/);
  await expect(projected.getByText('Couleur : Rose')).toBeVisible();
  expect(await fontPx(projected.locator('.projector-text'))).toBeGreaterThanOrEqual(24);
  await expectNoViolations(projector);
  await shoot(projector, 'board');

  // The invitation: address and code in very large type, a QR code of 320 px or more.
  await projector.getByRole('button', { name: /Inviter à rejoindre/ }).click();
  const invitation = projector.getByRole('region', { name: 'Rejoignez avec votre téléphone :' });
  await expect(invitation.getByTestId('invitation-code')).toHaveText(code);
  await expect(invitation.getByText(`${new URL(baseURL!).host}/join`)).toBeVisible();
  expect(await fontPx(invitation.getByTestId('invitation-code'))).toBeGreaterThanOrEqual(96);
  const qr = invitation.getByRole('img', { name: new RegExp(`QR code.*${code}`) });
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(320);
  await expectNoViolations(projector);
  await shoot(projector, 'invitation');
  // The same key brings the board back.
  await projector.keyboard.press('i');
  await expect(invitation).toHaveCount(0);
  await expect(projected).toBeVisible();

  // The step in words follows the facilitator; the countdown is large.
  await openFacilitation(organiser);
  await organiser.getByLabel('Étape :').selectOption('voting');
  await expect(projector.getByText('Vote : 3 points chacun')).toBeVisible();
  await organiser.getByRole('button', { name: 'Démarrer' }).click();
  await expect(projector.getByRole('timer')).toContainText(/[45]:\d\d/);
  expect(await fontPx(projector.locator('.countdown-time'))).toBeGreaterThanOrEqual(64);

  // Results: once totals are revealed, the cards ranked by votes.
  await participant.getByRole('button', { name: 'Voter : Un guide pour les agents' }).click();
  await expect(participant.getByText('Il vous reste 2 points')).toBeVisible();
  await organiser.getByRole('button', { name: 'Voter : Un guide pour les agents' }).click();
  await participant.getByRole('button', { name: 'Voter : Prise de parts : quel montant ?' }).click();
  await expect(participant.getByText('Il vous reste 1 point')).toBeVisible();
  await organiser.getByLabel('Montrer les totaux').click();
  const ranking = projector.getByRole('region', { name: 'Classement des cartes par votes' });
  await expect(ranking.getByRole('listitem')).toHaveCount(2);
  await expect(ranking.getByRole('listitem').first()).toContainText('Un guide pour les agents');
  await expect(ranking.getByRole('listitem').first()).toContainText('2 votes');
  await expect(projector.locator('.projector-step')).toHaveText('Étape : Résultats');
  await expectNoViolations(projector);
  await shoot(projector, 'results');

  // The spotlight: the card alone, full screen, named as projected, with its author and column.
  await chooseInMenu(card(organiser, 'Les élus ne connaissent pas les SCIC'), 'Projeter');
  const spotlight = projector.getByRole('region', { name: 'Carte projetée' });
  const current = spotlight.locator('[aria-current="true"]');
  await expect(current).toContainText('Les élus ne connaissent pas les SCIC');
  await expect(current).toContainText('par Alex');
  await expect(current).toContainText('Colonne « Connaître les SCIC »');
  await expect(ranking).toHaveCount(0);
  const box = (await current.boundingBox())!;
  expect(box.width * box.height).toBeGreaterThan(1920 * 1080 * 0.5);
  await expectNoViolations(projector);
  await shoot(projector, 'spotlight');
});

test('a crowded board reads at 24 px or more at 1920×1080 while it fits, without overflowing the screen', async ({ browser }) => {
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const organiser = await room.newPage();
  await createWorkshop(organiser, 'Rencontres – plénière chargée');
  await openBoard(organiser, 'Difficultés');
  const lines = ['Pas de référent SCIC identifié', 'Statuts mal connus des services', 'Délibérations trop longues à obtenir', 'Peu de retours d’expérience', 'Crainte du risque financier', 'Parts sociales : quel montant ?'];
  for (const title of ['Connaître les SCIC', 'Cadre juridique et financier', 'Autres']) {
    const col = column(organiser, title);
    await col.getByRole('button', { name: `Coller une liste dans la colonne « ${title} »` }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByLabel('Liste à coller').fill(lines.join('\n'));
    await dialog.getByRole('button', { name: 'Ajouter les cartes' }).click();
    await expect(dialog).toBeHidden();
  }
  const projector = await room.newPage();
  await projector.goto((await organiser.getByRole('link', { name: /Projeter le tableau/ }).getAttribute('href'))!);
  await expect(projector.locator('.projector-card')).toHaveCount(18);
  // Fitted once the screen is measured: the size settles, then stays.
  await expect.poll(() => fontPx(projector.locator('.projector-text').first())).toBeGreaterThanOrEqual(24);
  const area = projector.locator('.projector-columns');
  expect(await area.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  await shoot(projector, 'crowded');
});

test('a projector link opens the board, and a new token after # is taken at once', async ({ browser }) => {
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await createWorkshop(organiser, 'Rencontres – table ronde');
  await organiser.getByRole('button', { name: 'Lien projecteur – Difficultés' }).click();
  const first = new URL((await organiser.getByRole('link', { name: /Projecteur :/ }).getAttribute('href'))!);

  // Without a token nor a staff session of its own, the screen says how to project.
  const projector = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await projector.goto(first.pathname);
  await expect(projector.getByRole('alert')).toContainText('lien projecteur');
  await projector.evaluate((hash) => (window.location.hash = hash), first.hash);
  await expect(projector.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();

  // Revoked, then replaced: the new token pasted after # reconnects the screen.
  await organiser.getByRole('button', { name: 'Révoquer les liens projecteur' }).click();
  await expect(organiser.getByText(/Liens révoqués/)).toBeVisible();
  await organiser.getByRole('button', { name: 'Lien projecteur – Difficultés' }).click();
  const second = new URL((await organiser.getByRole('link', { name: /Projecteur :/ }).getAttribute('href'))!);
  expect(second.hash).not.toBe(first.hash);
  await projector.evaluate((hash) => (window.location.hash = hash), second.hash);
  await openBoard(organiser, 'Difficultés');
  await addCard(organiser, 'Autres', 'Carte écrite après le nouveau lien');
  await expect(projector.getByText('Carte écrite après le nouveau lien')).toBeVisible();
});
