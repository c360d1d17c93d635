/**
 * Issue 13: axe with every rule (WCAG 2.1 A and AA, best practices) on every page and state a
 * person meets, in French, and the main ones in English. Each test walks one journey and audits
 * each state on the way, so that one workshop serves many audits.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe-support';
import { ARTIFACTS, addCard, card, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard, openFacilitation, openSettings } from './support';

/** Back to the workshop's boards from a board. */
async function backToBoards(page: Page) {
  await page.getByRole('link', { name: /Tous les tableaux/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Tableaux', exact: true })).toBeVisible();
}

test('the example workshop, as its organiser sees it: workshop, dashboard, full board, menus, dialogs, synthesis, roadmap, print, projector', async ({ browser }) => {
  // Eighteen full audits of large pages: over three minutes on a loaded 2-core machine.
  test.setTimeout(360_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Co-construire, ensemble et en direct' })).toBeVisible();
  await expectNoAxeViolations(page, 'home');

  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await expect(page.getByText('12 cartes').first()).toBeVisible({ timeout: 20_000 });
  const dashboard = page.getByRole('region', { name: 'Tableau de bord' });
  await dashboard.getByRole('button', { name: 'Actualiser les chiffres' }).click();
  await expect(dashboard.getByRole('status')).toContainText('Chiffres de');
  for (const figure of await dashboard.getByText('Voir les chiffres en tableau').all()) await figure.click();
  await expectNoAxeViolations(page, 'workshop (organiser), dashboard with its tables open');
  // Opened as a click would (a panel loaded on demand renders its content once open).
  await page.locator('main details').evaluateAll((panels: HTMLDetailsElement[]) => panels.forEach((panel) => (panel.open = true)));
  await expectNoAxeViolations(page, 'workshop (organiser), every panel unfolded');

  await openBoard(page, 'Difficultés');
  const rule = card(column(page, 'Cadre juridique et financier'), 'La règle des 50 %');
  await expect(rule).toContainText('5 votes');
  await expectNoAxeViolations(page, 'board full, votes shown');
  await rule.getByRole('button', { name: /^Actions de la carte/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoAxeViolations(page, 'card menu open');
  await page.keyboard.press('Escape');
  await rule.getByRole('button', { name: /2 commentaires/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'comments open');
  // Each dialog closed by Escape gives the focus back to what opened it.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rule.getByRole('button', { name: /2 commentaires/ })).toBeFocused();
  await openFacilitation(page);
  await openSettings(page);
  await expectNoAxeViolations(page, 'facilitation panel and its settings open');

  await backToBoards(page);
  await openBoard(page, 'Pratiques — Synthèse');
  await expectNoAxeViolations(page, 'synthesis board');

  await backToBoards(page);
  await openBoard(page, 'Feuille de route');
  await expectNoAxeViolations(page, 'roadmap board');
  await page.getByRole('button', { name: 'Vue tableau' }).click();
  await expect(page.getByRole('table', { name: /Feuille de route/ })).toBeVisible();
  await expectNoAxeViolations(page, 'roadmap table');

  // The projector, in its own tab as the board's link opens it: the board, then the invitation.
  await backToBoards(page);
  await openBoard(page, 'Difficultés');
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Projeter le tableau (nouvel onglet)' }).click()]);
  await expect(projector.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();
  // The example's vote is over: the room sees the ranking, then the columns on demand.
  await expect(projector.getByRole('region', { name: 'Classement des cartes par votes' })).toBeVisible();
  await expectNoAxeViolations(projector, 'projector, results');
  await projector.getByRole('button', { name: /Voir les colonnes/ }).click();
  await expect(projector.locator('.projector-card').first()).toBeVisible();
  await expectNoAxeViolations(projector, 'projector, columns');
  await projector.getByRole('button', { name: /Inviter à rejoindre/ }).click();
  await expect(projector.getByTestId('invitation-code')).toBeVisible();
  await expectNoAxeViolations(projector, 'invitation screen');
  await projector.keyboard.press('i');

  // The print view, reached from the export panel.
  await backToBoards(page);
  const exports = page.getByRole('region', { name: 'Résultats et exports' });
  await exports.getByLabel('Contenu').selectOption({ label: 'Difficultés' });
  await exports.getByRole('link', { name: 'Imprimer « Difficultés »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();
  await expect(page.getByText('La règle des 50 %')).toBeVisible();
  await expectNoAxeViolations(page, 'print');

  // In English: the workshop, a full board with its menu, the roadmap's table, the projector.
  await page.goBack();
  await page.getByRole('banner').getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Boards', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'workshop (organiser), English');
  await page.locator('.tile-link').filter({ has: page.getByText('Difficultés', { exact: true }) }).click();
  await expect(page.getByText('Saved')).toBeVisible();
  await card(page, 'La règle des 50 %').getByRole('button', { name: /^Card actions/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoAxeViolations(page, 'board full with a card menu open, English');
  await page.keyboard.press('Escape');
  await projector.reload();
  await expect(projector.getByRole('region', { name: 'Cards ranked by votes' })).toBeVisible();
  await expectNoAxeViolations(projector, 'projector, English');
  await page.getByRole('link', { name: /All boards/ }).first().click();
  await page.locator('.tile-link').filter({ has: page.getByText('Feuille de route', { exact: true }) }).click();
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page, 'roadmap table, English');
});

test('a new workshop, as a participant and its facilitator live it: join, empty board, private writing, vote, results, spotlight, dialogs', async ({ browser }) => {
  test.setTimeout(300_000);
  const facilitator = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const code = await createWorkshop(facilitator, 'Audit de la plénière');

  // Joining: the form, then an unknown code tied to its field.
  await page.goto(`/join/${code}`);
  await expect(page.getByLabel('Code de l’atelier')).toHaveValue(code);
  await expectNoAxeViolations(page, 'join');
  await page.getByLabel('Code de l’atelier').fill('Z'.repeat(code.length));
  await page.getByLabel('Votre nom').fill('Alex');
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await expect(page.getByLabel('Code de l’atelier')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'join, unknown code');
  await joinWorkshop(page, code, 'Alex');
  await expectNoAxeViolations(page, 'workshop (participant)');

  await openBoard(page, 'Difficultés');
  await expectNoAxeViolations(page, 'board empty (participant)');
  await openBoard(facilitator, 'Difficultés');
  await expectNoAxeViolations(facilitator, 'board empty (facilitator)');

  // Private writing, then the reveal.
  await openFacilitation(facilitator);
  await facilitator.getByLabel('Cartes privées jusqu’à la révélation').check();
  await facilitator.getByRole('button', { name: /^Lancer l’écriture/ }).click();
  await expect(page.getByText(/vos nouvelles cartes restent privées/).first()).toBeVisible();
  await addCard(page, 'Connaître les SCIC', 'Les élus ne connaissent pas les SCIC');
  await addCard(page, 'Autres', 'Peu de retours d’expérience');
  await expectNoAxeViolations(page, 'private writing (participant)');
  await expect(facilitator.getByRole('list', { name: 'Cartes écrites en privé' })).toContainText('Alex');
  await expectNoAxeViolations(facilitator, 'private writing (facilitator, counts shown)');
  await facilitator.getByRole('button', { name: 'Révéler les cartes', exact: true }).click();
  await expect(card(facilitator, 'Peu de retours d’expérience')).toBeVisible();

  // The vote, then its totals.
  await facilitator.getByRole('button', { name: /^Lancer le vote/ }).click();
  await expect(page.getByText('Il vous reste 3 points')).toBeVisible();
  await page.getByRole('button', { name: 'Voter : Les élus ne connaissent pas les SCIC' }).click();
  await expect(page.getByText('Il vous reste 2 points')).toBeVisible();
  await expectNoAxeViolations(page, 'voting (participant)');
  await expectNoAxeViolations(facilitator, 'voting (facilitator)');
  await facilitator.getByRole('button', { name: 'Montrer les résultats' }).click();
  await expect(card(page, 'Les élus ne connaissent pas les SCIC')).toContainText('1 vote');
  await expectNoAxeViolations(page, 'votes shown (participant)');

  // The spotlight, as the participant's board shows it.
  await chooseInMenu(card(facilitator, 'Les élus ne connaissent pas les SCIC'), 'Projeter');
  await expect(card(page, 'Les élus ne connaissent pas les SCIC')).toHaveAttribute('aria-current', 'true');
  await expectNoAxeViolations(page, 'spotlight (participant)');

  // The participant's own dialogs: a new name being written, a card just deleted.
  await page.getByRole('button', { name: 'Alex · Changer de nom' }).click();
  await expect(page.getByRole('textbox', { name: 'Votre nom' })).toBeFocused();
  await expectNoAxeViolations(page, 'name editor open');
  await page.keyboard.press('Escape');
  await chooseInMenu(card(page, 'Peu de retours d’expérience'), 'Supprimer la carte');
  await expect(card(page, 'Peu de retours d’expérience')).toHaveCount(0);
  await expectNoAxeViolations(page, 'card deleted, its notice shown');

  // The facilitator's dialogs: pasting a list, the trash, the history.
  const paste = column(facilitator, 'Autres').getByRole('button', { name: 'Coller une liste dans la colonne « Autres »' });
  await paste.click();
  await expect(facilitator.getByRole('dialog').getByLabel('Liste à coller')).toBeVisible();
  await expectNoAxeViolations(facilitator, 'paste a list dialog');
  await facilitator.keyboard.press('Escape');
  await expect(paste).toBeFocused();
  for (const name of ['Corbeille', 'Historique']) {
    const opener = facilitator.getByRole('button', { name });
    await opener.click();
    await expect(facilitator.getByRole('dialog', { name })).toBeVisible();
    await expectNoAxeViolations(facilitator, `${name} dialog`);
    await facilitator.keyboard.press('Escape');
    await expect(facilitator.getByRole('dialog')).toHaveCount(0);
    await expect(opener).toBeFocused();
  }

  // In English: the participant's board during the results, and the join page.
  await page.getByRole('banner').getByLabel('Langue').selectOption('en');
  await expect(page.getByText('Saved')).toBeVisible();
  await expectNoAxeViolations(page, 'board with votes shown (participant), English');
  await page.goto(`/join/${code}`);
  await expect(page.getByLabel('Workshop code')).toHaveValue(code);
  await expectNoAxeViolations(page, 'join, English');
});

test('the pages read away from the workshop: an action’s details and its follow-up link, the public restitution', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await expect(page.getByText('12 cartes').first()).toBeVisible({ timeout: 20_000 });
  const workshopUrl = page.url();

  // A roadmap action's details, and the page its lead reaches from the follow-up link.
  await openBoard(page, 'Feuille de route');
  await chooseInMenu(column(page, 'Dans les 6 mois').locator('li.card').first(), 'Détails de l’action');
  const details = page.getByRole('dialog', { name: /Détails de l’action/ });
  await expectNoAxeViolations(page, 'roadmap action details dialog');
  await details.getByRole('button', { name: 'Créer le lien de suivi' }).click();
  const link = await details.getByLabel('Lien de suivi', { exact: true }).inputValue();
  const lead = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await lead.goto(link);
  await expect(lead.getByRole('heading', { level: 1 })).toBeVisible();
  await lead.getByLabel('Nouvelle note de suivi').fill('Première réunion calée');
  await lead.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(lead.getByText('Première réunion calée')).toBeVisible();
  await expectNoAxeViolations(lead, 'follow-up page (phone), a note added');
  for (const [width, height] of [[390, 844], [1366, 768], [1920, 1080]] as const) {
    await lead.setViewportSize({ width, height });
    await lead.screenshot({ path: `${ARTIFACTS}/followup-${width}x${height}.png`, fullPage: true });
  }

  // The public restitution of a board, as anyone with its link reads it.
  await page.goto(workshopUrl);
  const panel = page.getByRole('region', { name: 'Restitution publique' });
  await panel.getByRole('checkbox', { name: 'Difficultés' }).check();
  await panel.getByRole('button', { name: 'Publier' }).click();
  await expect(panel.getByRole('status')).toHaveText('Restitution publiée');
  await expectNoAxeViolations(page, 'workshop (organiser), restitution published');
  const reader = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await reader.goto(await panel.getByRole('link', { name: /\/r\// }).innerText());
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(reader, 'public restitution');
});
