import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, card, cardTexts, cards, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard, openFacilitation, openSettings } from './support';

/**
 * What another browser does arrives through the server, on a machine that may be busy: wait
 * for it generously. How fast it arrives is the benchmark's business, not this journey's.
 */
const LIVE = { timeout: 15_000 };

test('a participant joins by code and sees every edit live; a reload keeps everything', async ({ browser }) => {
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const participant = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();

  const code = await createWorkshop(organiser, 'Rencontres ESS – Drôme');
  await joinWorkshop(participant, code, 'Dominique, commune de Die');
  await openBoard(organiser, 'Difficultés');
  await openBoard(participant, 'Difficultés');

  // Typed in one, seen in the other as it is typed.
  const text = 'Les élus découvrent le statut SCIC';
  const written = await addCard(organiser, 'Connaître les SCIC', text);
  await expect(cardTexts(column(participant, 'Connaître les SCIC'))).toHaveText([text], LIVE);

  // Recoloured, from the card's menu.
  await chooseInMenu(written, 'Bleu', 'menuitemradio');
  await expect(card(column(participant, 'Connaître les SCIC'), text)).toHaveClass(/card--blue/, LIVE);

  // Moved to another column by dragging the card.
  const target = column(organiser, 'Cadre juridique et financier');
  await written.hover();
  await organiser.mouse.down();
  const box = (await target.boundingBox())!;
  await organiser.mouse.move(box.x + box.width / 2, box.y + 120, { steps: 12 });
  await organiser.mouse.move(box.x + box.width / 2, box.y + 125, { steps: 3 });
  await organiser.mouse.up();
  await expect(cardTexts(column(participant, 'Cadre juridique et financier'))).toHaveText([text], LIVE);
  await expect(cards(column(participant, 'Connaître les SCIC'))).toHaveCount(0, LIVE);

  // In free co-writing, both type in the same card at once and end with the same text.
  await openFacilitation(organiser);
  await openSettings(organiser);
  await organiser.getByLabel('Co-écriture libre').click();
  await expect(organiser.getByLabel('Co-écriture libre')).toBeChecked();
  const mineCard = cards(column(organiser, 'Cadre juridique et financier')).first();
  const theirCard = cards(column(participant, 'Cadre juridique et financier')).first();
  await mineCard.locator('p.card-text').click();
  const mine = mineCard.getByLabel('Texte de la carte');
  await mine.press('Control+End');
  await theirCard.locator('p.card-text').click();
  const theirs = theirCard.getByLabel('Texte de la carte');
  await theirs.press('Control+Home');
  // Mine in one burst (one undo step, whatever the machine's pauses), theirs key by key meanwhile.
  await Promise.all([mine.pressSequentially(' en conseil'), theirs.pressSequentially('Souvent, ', { delay: 30 })]);
  await expect(mine).toHaveValue('Souvent, Les élus découvrent le statut SCIC en conseil', LIVE);
  await expect(theirs).toHaveValue('Souvent, Les élus découvrent le statut SCIC en conseil', LIVE);

  // Ctrl+Z takes back one's own typing only, for both.
  await mine.press('Control+z');
  await expect(theirs).toHaveValue('Souvent, Les élus découvrent le statut SCIC', LIVE);
  await mine.press('Control+Shift+z');
  await expect(theirs).toHaveValue('Souvent, Les élus découvrent le statut SCIC en conseil', LIVE);

  // A presence marker shows who is writing where.
  await expect(organiser.getByText(/Dominique, commune de Die écrit/)).toBeVisible(LIVE);
  await organiser.screenshot({ path: `${ARTIFACTS}/join-and-write-organiser.png` });

  // A reload keeps everything, and the participant comes back as the same person.
  await participant.reload();
  const kept = cards(column(participant, 'Cadre juridique et financier')).first();
  await expect(kept.locator('p.card-text')).toHaveText('Souvent, Les élus découvrent le statut SCIC en conseil');
  await expect(kept).toHaveClass(/card--blue/);
  await expect(participant.getByRole('button', { name: /Dominique, commune de Die · Changer de nom/ })).toBeVisible();
  await participant.screenshot({ path: `${ARTIFACTS}/join-and-write-participant.png` });
});

test('delete with undo, per-user undo and search', async ({ page }) => {
  await createWorkshop(page, 'Annuler et chercher');
  await openBoard(page, 'Pratiques');
  const first = await addCard(page, 'Ce qui marche', 'Un binôme élu–agent');
  const second = await addCard(page, 'Outils et dispositifs', 'Modèle de délibération');
  await expect(page.getByText('Enregistré')).toBeVisible();

  await chooseInMenu(first, 'Supprimer la carte');
  await expect(cards(column(page, 'Ce qui marche'))).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Annuler' }).click();
  await expect(cardTexts(column(page, 'Ce qui marche'))).toHaveText(['Un binôme élu–agent']);

  await page.getByLabel('Rechercher').fill('deliberation');
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByText('1 sur 2 cartes')).toBeVisible();
  await page.getByLabel('Rechercher').fill('');

  // The last change is a recolouring: Ctrl+Z takes it back, Ctrl+Shift+Z puts it again.
  await chooseInMenu(second, 'Vert', 'menuitemradio');
  await expect(second).toHaveClass(/card--green/);
  await second.focus();
  await page.keyboard.press('Control+z');
  await expect(second).toHaveClass(/card--yellow/);
  await page.keyboard.press('Control+Shift+z');
  await expect(second).toHaveClass(/card--green/);
  // Deleting again, then changing something else: "Annuler" would now undo that, so it goes.
  await card(column(page, 'Ce qui marche'), 'Un binôme').focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').getByRole('button', { name: 'Annuler' })).toBeVisible();
  await chooseInMenu(second, 'Bleu', 'menuitemradio');
  await expect(page.getByRole('status').getByRole('button', { name: 'Annuler' })).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/undo-and-search.png` });
});
