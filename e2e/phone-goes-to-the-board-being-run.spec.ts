import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, addCard, card, chooseInMenu, column, createWorkshop, openBoard, openFacilitation } from './support';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The page as it stands, checked against WCAG 2.1 A and AA. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The phone's screenshots, under their journey's name. */
const shoot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}/phone-run-${name}.png` });

test('a phone going straight to the board being run', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const code = await createWorkshop(facilitator, 'Rencontres ESS – Lorient');
  await openBoard(facilitator, 'Pratiques');
  await openFacilitation(facilitator);

  // Launching the writing also sends participants here; the panel says so.
  const panel = facilitator.locator('.facilitator');
  await expect(panel.getByRole('button', { name: 'Diriger les participants ici' })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Lancer l’écriture (5 min)' }).click();
  await expect(panel.getByText('Les participants arrivent ici')).toBeVisible();
  await addCard(facilitator, 'Ce qui marche', 'Un café des SCIC chaque trimestre');

  // On the home page the code field comes before the demo.
  const phone = await (await browser.newContext(PHONE)).newPage();
  await phone.goto('/');
  const codeField = phone.getByLabel('Code de l’atelier');
  const codeTop = (await codeField.boundingBox())!.y;
  expect(codeTop).toBeLessThan((await phone.getByRole('button', { name: 'Découvrir avec un exemple' }).boundingBox())!.y);
  expect(codeTop).toBeLessThan(844);
  await shoot(phone, 'home');

  // Joining opens the board being run, its heading focused, the list one tap away.
  await codeField.fill(code);
  await phone.getByLabel('Votre nom').fill('Maëlle');
  await phone.getByRole('button', { name: 'Rejoindre' }).click();
  const heading = phone.getByRole('heading', { level: 1, name: 'Pratiques' });
  await expect(heading).toBeFocused();
  await expect(phone.getByText('Enregistré')).toBeVisible();
  await expect(phone.getByRole('link', { name: 'Tous les tableaux' })).toBeVisible();

  // The compact header: the step and the time; the first card near the top of the screen.
  const header = phone.getByRole('region', { name: 'En-tête du tableau' });
  await expect(header.locator('.phase')).toHaveText('Étape : Écriture');
  await expect(header.getByRole('timer', { name: 'Minuteur' })).toContainText(/[45]:\d\d/);
  const first = card(column(phone, 'Ce qui marche'), 'Un café des SCIC chaque trimestre');
  await expect(first).toBeVisible();
  expect((await first.boundingBox())!.y).toBeLessThanOrEqual(210);
  await shoot(phone, 'board');

  // Search, filters and undo wait behind "Outils"; Escape folds them and focus comes back.
  const tools = phone.getByRole('button', { name: 'Outils', exact: true });
  const search = phone.getByRole('searchbox', { name: 'Rechercher' });
  await expect(search).toBeHidden();
  await expect(tools).toHaveAttribute('aria-expanded', 'false');
  await tools.click();
  await expect(tools).toHaveAttribute('aria-expanded', 'true');
  await expect(search).toBeVisible();
  await expect(phone.getByRole('button', { name: /Annuler/ })).toBeVisible();
  await expect(phone.getByLabel('Suivre l’animateur')).toBeChecked();
  await shoot(phone, 'tools');
  await expectNoViolations(phone);
  await search.focus();
  await phone.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await expect(tools).toBeFocused();

  // The header stays at the top while the board scrolls under it (a short screen: this board fits a tall one).
  await phone.setViewportSize({ width: 390, height: 420 });
  await phone.evaluate(() => window.scrollTo(0, 300));
  expect(await phone.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  expect((await header.boundingBox())!.y).toBe(0);
  await phone.evaluate(() => window.scrollTo(0, 0));
  await phone.setViewportSize(PHONE.viewport);

  // The vote: the points left in the header.
  await facilitator.getByRole('button', { name: /^Lancer le vote/ }).click();
  await expect(header.getByText('Il vous reste 3 points')).toBeVisible();

  // A projected card reaches everyone as a banner; following is on, and may be stopped.
  await chooseInMenu(card(column(facilitator, 'Ce qui marche'), 'Un café des SCIC chaque trimestre'), 'Projeter');
  const banner = header.locator('.spotlight-banner');
  await expect(banner).toContainText('Carte projetée : Un café des SCIC chaque trimestre');
  await shoot(phone, 'spotlight');
  await expectNoViolations(phone);
  await banner.getByRole('button', { name: 'Voir la carte' }).click();
  await expect(first).toBeFocused();
  const stop = banner.getByRole('button', { name: 'Ne plus suivre' });
  await stop.click();
  const follow = banner.getByRole('button', { name: 'Suivre l’animateur' });
  await expect(follow).toBeFocused();
  // Remembered by this browser.
  await phone.reload();
  await expect(banner.getByRole('button', { name: 'Suivre l’animateur' })).toBeVisible();

  // The list, one tap away, says first which board is being run.
  await phone.getByRole('link', { name: 'Tous les tableaux' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Rencontres ESS – Lorient' })).toBeFocused();
  const running = phone.locator('.now-running');
  await expect(running).toHaveText('En cours : Pratiques');
  expect((await running.boundingBox())!.y).toBeLessThan((await phone.getByRole('heading', { name: 'Tableaux' }).boundingBox())!.y);
  await shoot(phone, 'workshop');

  // Sent back to the list, those who join next land there.
  await panel.getByRole('button', { name: 'Les renvoyer vers la liste des tableaux' }).click();
  await expect(panel.getByText('Les participants arrivent ici')).toHaveCount(0);
  await expect(running).toHaveCount(0);
});

test('an open facilitation panel learns where participants land when another facilitator changes it', async ({ browser }) => {
  // Two tabs of one organiser, each running a board with its panel open.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const here = await context.newPage();
  await createWorkshop(here, 'Rencontres – deux salles');
  const there = await context.newPage();
  await there.goto(here.url());
  await openBoard(here, 'Pratiques');
  await openBoard(there, 'Difficultés');
  await openFacilitation(here);
  await openFacilitation(there);
  const panel = here.locator('.facilitator');
  await expect(panel.getByRole('button', { name: 'Diriger les participants ici' })).toBeVisible();
  await expect(panel.getByText('Les participants arrivent sur un autre tableau.')).toHaveCount(0);

  await there.locator('.facilitator').getByRole('button', { name: 'Diriger les participants ici' }).click();
  await expect(there.locator('.facilitator').getByText('Les participants arrivent ici')).toBeVisible();
  // Read again while the panel is open: no reload.
  await expect(panel.getByText('Les participants arrivent sur un autre tableau.')).toBeVisible();
  await panel.getByRole('button', { name: 'Diriger les participants ici' }).click();
  await expect(panel.getByText('Les participants arrivent ici')).toBeVisible();
  await expect(there.locator('.facilitator').getByText('Les participants arrivent sur un autre tableau.')).toBeVisible();
});
