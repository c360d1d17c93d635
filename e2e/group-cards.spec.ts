import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, card, cardTexts, cards, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard } from './support';

test('cards are grouped from their menu and by drag and drop; groups are renamed, collapsed and dissolved', async ({ browser }) => {
  const a = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const b = await (await browser.newContext()).newPage();
  const code = await createWorkshop(a, 'Regroupement');
  await joinWorkshop(b, code, 'Bea');
  await openBoard(a, 'Pratiques');
  await openBoard(b, 'Pratiques');
  for (const text of ['Référent SCIC', 'Binôme élu–agent', 'Visites de terrain']) await addCard(a, 'Ce qui marche', text);

  const col = column(a, 'Ce qui marche');
  await chooseInMenu(card(col, 'Référent SCIC'), 'Créer un groupe…');
  const name = col.getByLabel('Nom du groupe');
  await name.fill('Qui porte');
  await name.press('Enter');
  await expect(column(b, 'Ce qui marche').getByLabel('Nom du groupe')).toHaveValue('Qui porte');

  // Keyboard path: the card's menu (the group comes first, then loose cards).
  await expect(cardTexts(col)).toHaveText(['Référent SCIC', 'Binôme élu–agent', 'Visites de terrain']);
  await chooseInMenu(card(col, 'Binôme élu–agent'), 'Qui porte', 'menuitemradio');
  // Pointer path: drag the third card onto the group.
  await card(col, 'Visites de terrain').hover();
  await a.mouse.down();
  const box = (await col.getByLabel('Nom du groupe').boundingBox())!;
  await a.mouse.move(box.x + box.width / 2, box.y + box.height + 10, { steps: 12 });
  await a.mouse.move(box.x + box.width / 2, box.y + box.height + 14, { steps: 3 });
  await a.mouse.up();

  // Everyone sees the three cards in the group, each saying so to a screen reader.
  await expect(column(b, 'Ce qui marche').locator('li[data-card-id].card--grouped')).toHaveCount(3);
  await expect(cards(column(b, 'Ce qui marche')).getByText('Groupe : Qui porte', { exact: true })).toHaveCount(3);
  await a.screenshot({ path: `${ARTIFACTS}/groups.png` });

  await col.getByRole('button', { name: 'Replier le groupe Qui porte' }).click();
  await expect(cards(col)).toHaveCount(0);
  await col.getByRole('button', { name: 'Déplier le groupe Qui porte' }).click();
  await col.getByRole('button', { name: 'Défaire le groupe Qui porte' }).click();
  await expect(column(b, 'Ce qui marche').getByLabel('Nom du groupe')).toHaveCount(0);
  await expect(cards(column(b, 'Ce qui marche'))).toHaveCount(3);
});
