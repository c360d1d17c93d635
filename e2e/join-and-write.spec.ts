import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, column, createWorkshop, joinWorkshop, openBoard } from './support';

test('a participant joins by code and sees every edit live; a reload keeps everything', async ({ browser }) => {
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const participant = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();

  const code = await createWorkshop(organiser, 'Rencontres ESS – Drôme');
  await joinWorkshop(participant, code, 'Dominique, commune de Die');
  await openBoard(organiser, 'Difficultés');
  await openBoard(participant, 'Difficultés');

  // Typed in one, seen in the other as it is typed.
  await addCard(organiser, 'Connaître les SCIC', 'Les élus découvrent le statut SCIC');
  const seen = column(participant, 'Connaître les SCIC').getByLabel('Texte de la carte').first();
  await expect(seen).toHaveValue('Les élus découvrent le statut SCIC', { timeout: 1_000 });

  // Recoloured.
  await column(organiser, 'Connaître les SCIC').getByLabel('Couleur').first().selectOption('blue');
  await expect(column(participant, 'Connaître les SCIC').getByLabel('Couleur').first()).toHaveValue('blue', { timeout: 1_000 });

  // Moved to another column by dragging its handle.
  const handle = column(organiser, 'Connaître les SCIC').getByRole('button', { name: /Déplacer la carte/ }).first();
  const target = column(organiser, 'Cadre juridique et financier').getByRole('list');
  await handle.hover();
  await organiser.mouse.down();
  const box = (await target.boundingBox())!;
  await organiser.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 12 });
  await organiser.mouse.move(box.x + box.width / 2, box.y + 25, { steps: 3 });
  await organiser.mouse.up();
  await expect(column(participant, 'Cadre juridique et financier').getByLabel('Texte de la carte')).toHaveValue(
    'Les élus découvrent le statut SCIC',
    { timeout: 1_000 },
  );
  await expect(column(participant, 'Connaître les SCIC').getByLabel('Texte de la carte')).toHaveCount(0);

  // Both type in the same card at once and end with the same text.
  const mine = column(organiser, 'Cadre juridique et financier').getByLabel('Texte de la carte').first();
  const theirs = column(participant, 'Cadre juridique et financier').getByLabel('Texte de la carte').first();
  await mine.click();
  await mine.press('Control+End');
  await theirs.click();
  await theirs.press('Control+Home');
  await Promise.all([mine.pressSequentially(' en conseil', { delay: 30 }), theirs.pressSequentially('Souvent, ', { delay: 30 })]);
  await expect(mine).toHaveValue('Souvent, Les élus découvrent le statut SCIC en conseil');
  await expect(theirs).toHaveValue('Souvent, Les élus découvrent le statut SCIC en conseil');

  // Ctrl+Z takes back one's own typing only, for both.
  await mine.press('Control+z');
  await expect(theirs).toHaveValue('Souvent, Les élus découvrent le statut SCIC', { timeout: 1_000 });
  await mine.press('Control+Shift+z');
  await expect(theirs).toHaveValue('Souvent, Les élus découvrent le statut SCIC en conseil', { timeout: 1_000 });

  // A presence marker shows who is writing where.
  await expect(organiser.getByText(/Dominique, commune de Die écrit/)).toBeVisible();
  await organiser.screenshot({ path: `${ARTIFACTS}/join-and-write-organiser.png` });

  // A reload keeps everything, and the participant comes back as the same person.
  await participant.reload();
  await expect(column(participant, 'Cadre juridique et financier').getByLabel('Texte de la carte').first()).toHaveValue(
    'Souvent, Les élus découvrent le statut SCIC en conseil',
  );
  await expect(column(participant, 'Cadre juridique et financier').getByLabel('Couleur')).toHaveValue('blue');
  await expect(participant.getByRole('button', { name: /Dominique, commune de Die · Changer de nom/ })).toBeVisible();
  await participant.screenshot({ path: `${ARTIFACTS}/join-and-write-participant.png` });
});

test('delete with undo, per-user undo and search', async ({ page }) => {
  await createWorkshop(page, 'Annuler et chercher');
  await openBoard(page, 'Pratiques');
  await addCard(page, 'Ce qui marche', 'Un binôme élu–agent');
  await addCard(page, 'Outils et dispositifs', 'Modèle de délibération');
  await expect(page.getByText('Enregistré')).toBeVisible();

  await column(page, 'Ce qui marche').getByRole('button', { name: /Supprimer la carte/ }).click();
  await expect(column(page, 'Ce qui marche').getByLabel('Texte de la carte')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Annuler' }).click();
  await expect(column(page, 'Ce qui marche').getByLabel('Texte de la carte')).toHaveValue('Un binôme élu–agent');

  await page.getByLabel('Rechercher').fill('deliberation');
  await expect(page.getByLabel('Texte de la carte')).toHaveCount(1);
  await expect(page.getByText('1 sur 2 cartes')).toBeVisible();
  await page.getByLabel('Rechercher').fill('');

  // The last change is a recolouring: Ctrl+Z takes it back, Ctrl+Shift+Z puts it again.
  const colour = column(page, 'Outils et dispositifs').getByLabel('Couleur');
  await colour.selectOption('green');
  await page.getByLabel('Texte de la carte').first().click();
  await page.keyboard.press('Control+z');
  await expect(colour).toHaveValue('yellow');
  await page.keyboard.press('Control+Shift+z');
  await expect(colour).toHaveValue('green');
  // Deleting again, then changing something else: "Annuler" would now undo that, so it goes.
  await column(page, 'Ce qui marche').getByRole('button', { name: /Supprimer la carte/ }).click();
  await expect(page.getByRole('status').getByRole('button', { name: 'Annuler' })).toBeVisible();
  await colour.selectOption('blue');
  await expect(page.getByRole('status').getByRole('button', { name: 'Annuler' })).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/undo-and-search.png` });
});
