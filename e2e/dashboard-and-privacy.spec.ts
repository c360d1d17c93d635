import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, card, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard } from './support';

test('the organiser reads the dashboard, a participant erases their name, names get a retention period', async ({ browser }) => {
  const organiser = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const participant = await (await browser.newContext()).newPage();
  const code = await createWorkshop(organiser, 'Bilan de la rencontre');
  const workshopUrl = organiser.url();
  await joinWorkshop(participant, code, 'Bérénice Morel');
  await openBoard(participant, 'Enseignements SCIC');
  await addCard(participant, 'Ce qui a fonctionné', 'Sociétariat large');
  await addCard(participant, 'Ce qui a fonctionné', 'Ancrage local');
  await addCard(participant, 'Ce qui a fonctionné', 'Le parking de la salle');
  await expect(participant.getByText('Enregistré')).toBeVisible();

  // The organiser hides one card as off topic: the figures leave it out.
  await openBoard(organiser, 'Enseignements SCIC');
  await chooseInMenu(card(column(organiser, 'Ce qui a fonctionné'), 'Le parking de la salle'), 'Masquer la carte…');
  const hide = organiser.getByRole('dialog', { name: /Masquer la carte/ });
  await hide.getByRole('radio', { name: 'Hors sujet' }).check();
  await hide.getByRole('button', { name: 'Masquer' }).click();
  await expect(hide).toHaveCount(0);
  await expect(card(column(participant, 'Ce qui a fonctionné'), 'Le parking de la salle')).toContainText('Masquée par l’animation : Hors sujet');
  await organiser.goto(workshopUrl);

  // The dashboard, refreshed on demand, shows what was just written.
  const dashboard = organiser.getByRole('region', { name: 'Tableau de bord' });
  await dashboard.getByRole('button', { name: 'Actualiser les chiffres' }).click();
  await expect(dashboard.getByRole('status')).toContainText('Chiffres de');
  await expect(dashboard.getByRole('definition').nth(0)).toHaveText('1');
  await expect(dashboard.getByRole('definition').nth(1)).toHaveText('2');
  const perBoard = dashboard.getByRole('figure', { name: 'Cartes, votes et commentaires par tableau' });
  await expect(perBoard.getByRole('img')).toHaveAttribute('aria-label', /Enseignements SCIC : 2 cartes, 0 votes/);
  await perBoard.getByText('Voir les chiffres en tableau').click();
  const row = perBoard.getByRole('row', { name: /Enseignements SCIC/ });
  await expect(row.getByRole('cell')).toHaveText(['2', '0', '0', '0']);
  const overTime = dashboard.getByRole('figure', { name: 'Participants au fil du temps' });
  await expect(overTime.getByRole('img')).toHaveAttribute('aria-label', /^1 participant/);
  await expect(dashboard.locator('svg[role="img"]')).toHaveCount(2);
  await dashboard.screenshot({ path: `${ARTIFACTS}/dashboard-1280.png` });
  await organiser.setViewportSize({ width: 390, height: 844 });
  await dashboard.getByRole('button', { name: 'Actualiser les chiffres' }).click();
  await expect(dashboard.getByRole('status')).toContainText('Chiffres de');
  await dashboard.screenshot({ path: `${ARTIFACTS}/dashboard-390.png` });
  await organiser.setViewportSize({ width: 1280, height: 900 });

  // The participant erases their name: their card shows "Participant 1" to everyone.
  // The tile's link (an organiser also sees export links naming the board).
  await organiser.getByRole('link', { name: /^Enseignements SCIC/ }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Enseignements SCIC' })).toBeVisible();
  const seenByOrganiser = column(organiser, 'Ce qui a fonctionné').getByRole('listitem').first();
  await expect(seenByOrganiser.getByText('par Bérénice Morel')).toBeVisible();
  await participant.getByRole('button', { name: /Bérénice Morel · Changer de nom/ }).click();
  await participant.getByRole('button', { name: 'Effacer mon nom' }).click();
  await expect(participant.getByRole('button', { name: 'Oui, effacer' })).toBeFocused();
  await participant.locator('.board-header').screenshot({ path: `${ARTIFACTS}/erase-name.png` });
  await participant.keyboard.press('Enter');
  await expect(participant.getByRole('button', { name: /Participant 1 · Changer de nom/ })).toBeVisible();
  await expect(seenByOrganiser.getByText('par Participant 1')).toBeVisible();
  await expect(organiser.getByText('Bérénice Morel')).toHaveCount(0);

  // The organiser keeps names 30 days after archiving, then archives.
  await organiser.goto(workshopUrl);
  const privacy = organiser.getByRole('region', { name: 'Données personnelles' });
  await privacy.getByLabel('Durée de conservation des noms après archivage').selectOption('30');
  await expect(privacy.getByRole('status')).toHaveText('Durée de conservation enregistrée.');
  await expect(privacy.getByText(/Si vous archivez aujourd’hui, les noms seront remplacés le/)).toBeVisible();
  await expect(privacy.getByRole('button', { name: 'Anonymiser maintenant' })).toBeDisabled();
  await organiser.getByRole('button', { name: 'Archiver l’atelier' }).click();
  await expect(privacy.getByText(/^Les noms seront remplacés le/)).toBeVisible();
  await organiser.reload();
  await expect(privacy.getByLabel('Durée de conservation des noms après archivage')).toHaveValue('30');
  await privacy.screenshot({ path: `${ARTIFACTS}/privacy-panel.png` });
});
