/**
 * What a screen reader user hears of others' changes (one polite live region, RGAA 7.5), the
 * title of each page (8.6), and the accessibility statement reached from the footer.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe-support';
import { ARTIFACTS, addCard, card, cards, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard, openFacilitation } from './support';

/** The page's one live region: in the page from the first render, empty until something happens. */
const liveRegion = (page: Page) => page.getByTestId('live-region');

test('a card from someone else, a step, a reveal, the votes, a spotlight and the timer’s end are heard in the live region; one’s own card is not', async ({ browser }) => {
  const facilitator = await (await browser.newContext()).newPage();
  const lea = await (await browser.newContext()).newPage();
  await facilitator.goto('/');
  await expect(facilitator).toHaveTitle('Accueil — Coatelier');
  await expect(liveRegion(facilitator)).toHaveAttribute('aria-live', 'polite');
  const code = await createWorkshop(facilitator, 'Rencontre des SCIC');
  await expect(facilitator).toHaveTitle('Rencontre des SCIC — Coatelier');
  await joinWorkshop(lea, code, 'Léa');
  for (const page of [facilitator, lea]) await openBoard(page, 'Pratiques');
  await expect(lea).toHaveTitle('Pratiques — Rencontre des SCIC — Coatelier');
  // One banner (the app's), and the board's tools in a named region.
  await expect(lea.getByRole('banner')).toHaveCount(1);
  await expect(lea.getByRole('region', { name: 'Outils du tableau' }).getByRole('searchbox', { name: 'Rechercher' })).toBeVisible();
  await openFacilitation(facilitator);

  // Someone else's card is announced with its author and column; one's own is not.
  await addCard(lea, 'Ce qui marche', 'Les visites de terrain');
  await expect(liveRegion(facilitator)).toHaveText('Léa a ajouté une carte dans « Ce qui marche »');
  await addCard(facilitator, 'À essayer', 'Un guide des parts sociales');
  await expect(liveRegion(lea)).toHaveText('Organisation a ajouté une carte dans « À essayer »');
  await expect(liveRegion(lea)).not.toContainText('Léa');

  // Private writing, then the facilitator reveals: everyone hears it.
  await facilitator.getByLabel('Cartes privées jusqu’à la révélation').check();
  await facilitator.getByRole('button', { name: /^Lancer l’écriture/ }).click();
  await expect(liveRegion(lea)).toHaveText('Écriture individuelle : vos nouvelles cartes restent privées');
  await addCard(lea, 'Ce qui marche', 'Une idée à moi');
  await facilitator.getByRole('button', { name: 'Révéler les cartes', exact: true }).click();
  await expect(cards(column(facilitator, 'Ce qui marche'))).toHaveCount(2);
  for (const page of [facilitator, lea]) await expect(liveRegion(page)).toContainText('Cartes privées révélées');

  // The vote step and its totals.
  await facilitator.getByRole('button', { name: /^Lancer le vote/ }).click();
  await expect(liveRegion(lea)).toContainText('Étape : Vote');
  await facilitator.getByRole('button', { name: 'Montrer les résultats' }).click();
  await expect(liveRegion(lea)).toContainText('Totaux des votes affichés');

  // A card projected, then the projection ended.
  await chooseInMenu(card(facilitator, 'Les visites de terrain'), 'Projeter');
  await expect(liveRegion(lea)).toContainText('Carte projetée : Les visites de terrain');
  await chooseInMenu(card(facilitator, 'Les visites de terrain'), 'Ne plus projeter');
  await expect(liveRegion(lea)).toContainText('Fin de la projection');

  // A three-second timer: its end is announced (not a region created with its text).
  await facilitator.getByLabel('Minutes', { exact: true }).fill('0.05');
  await facilitator.getByRole('button', { name: 'Remettre à zéro' }).click();
  await facilitator.getByRole('button', { name: 'Démarrer' }).click();
  await expect(liveRegion(lea)).toHaveText('Temps écoulé', { timeout: 15_000 });
  await expect(lea.getByRole('timer', { name: 'Minuteur' })).toContainText('0:00');
});

test('the accessibility statement is reached from every page’s footer and passes axe with every rule', async ({ page }) => {
  await page.goto('/join/ABC123');
  await expect(page).toHaveTitle('Rejoindre — Coatelier');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : totalement conforme' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toBeFocused();
  await expect(page).toHaveTitle('Déclaration d’accessibilité — Coatelier');
  await expect(page.getByText('Coatelier est totalement conforme')).toBeVisible();
  await expect(page.getByRole('link', { name: 'écrire un message au Défenseur des droits' })).toBeVisible();

  await expectNoAxeViolations(page, 'accessibility statement');
  await page.screenshot({ path: `${ARTIFACTS}/statement-fr.png`, fullPage: true });

  // In English, the statement and the title follow.
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await expect(page).toHaveTitle('Accessibility statement — Coatelier');
});
