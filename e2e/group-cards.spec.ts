import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, column, createWorkshop, joinWorkshop, openBoard } from './support';

test('cards are grouped by keyboard and by drag and drop; groups are renamed, collapsed and dissolved', async ({ browser }) => {
  const a = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const b = await (await browser.newContext()).newPage();
  const code = await createWorkshop(a, 'Regroupement');
  await joinWorkshop(b, code, 'Bea');
  await openBoard(a, 'Pratiques');
  await openBoard(b, 'Pratiques');
  for (const text of ['Référent SCIC', 'Binôme élu–agent', 'Visites de terrain']) await addCard(a, 'Ce qui marche', text);

  const col = column(a, 'Ce qui marche');
  // Each card's group menu, in the order the cards are shown.
  const groupMenu = (index: number) => col.getByLabel(/^Groupe/).nth(index);
  await groupMenu(0).selectOption({ label: 'Nouveau groupe…' });
  const name = col.getByLabel('Nom du groupe');
  await name.fill('Qui porte');
  await name.press('Enter');
  await expect(column(b, 'Ce qui marche').getByLabel('Nom du groupe')).toHaveValue('Qui porte');

  // Keyboard path: the card's group menu (the group comes first, then loose cards).
  await expect(col.getByLabel('Texte de la carte').nth(1)).toHaveValue('Binôme élu–agent');
  await groupMenu(1).selectOption({ label: 'Qui porte' });
  // Pointer path: drag the third card onto the group.
  await col.getByRole('button', { name: /Déplacer la carte : Visites de terrain/ }).hover();
  await a.mouse.down();
  const box = (await col.getByLabel('Nom du groupe').boundingBox())!;
  await a.mouse.move(box.x + box.width / 2, box.y + box.height + 10, { steps: 12 });
  await a.mouse.move(box.x + box.width / 2, box.y + box.height + 14, { steps: 3 });
  await a.mouse.up();

  for (let i = 0; i < 3; i++) {
    await expect(column(b, 'Ce qui marche').getByLabel(/^Groupe/).nth(i)).toHaveValue(
      await groupMenu(0).inputValue(),
    );
  }
  await a.screenshot({ path: `${ARTIFACTS}/groups.png` });

  await col.getByRole('button', { name: 'Replier le groupe Qui porte' }).click();
  await expect(col.getByLabel('Texte de la carte')).toHaveCount(0);
  await col.getByRole('button', { name: 'Déplier le groupe Qui porte' }).click();
  await col.getByRole('button', { name: 'Défaire le groupe Qui porte' }).click();
  await expect(column(b, 'Ce qui marche').getByLabel('Nom du groupe')).toHaveCount(0);
  await expect(column(b, 'Ce qui marche').getByLabel('Texte de la carte')).toHaveCount(3);
});
