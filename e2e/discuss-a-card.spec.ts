import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, cards, column, createWorkshop, joinWorkshop, openBoard } from './support';

test('comments, replies and reactions on a card reach everyone live', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  const code = await createWorkshop(a, 'Discussion');
  await joinWorkshop(b, code, 'Bao');
  await openBoard(a, 'Enseignements SCIC');
  await openBoard(b, 'Enseignements SCIC');
  await addCard(a, 'Ce qui a fonctionné', 'Sociétariat large et fidèle');

  const cardA = cards(column(a, 'Ce qui a fonctionné')).first();
  const cardB = cards(column(b, 'Ce qui a fonctionné')).first();
  // One click opens the card's discussion.
  await cardA.getByRole('button', { name: 'Commenter' }).click();
  const dialogA = a.getByRole('dialog', { name: /Discussion/ });
  await dialogA.getByLabel('Écrire un commentaire').fill('Combien de sociétaires ?');
  await dialogA.getByRole('button', { name: 'Envoyer' }).click();
  await a.keyboard.press('Escape');
  await expect(dialogA).toHaveCount(0);
  await expect(cardA.getByRole('button', { name: '1 commentaire' })).toBeFocused();

  await cardB.getByRole('button', { name: '1 commentaire' }).click();
  const dialogB = b.getByRole('dialog', { name: /Discussion/ });
  await expect(dialogB.getByText('Combien de sociétaires ?')).toBeVisible();
  await dialogB.getByRole('button', { name: 'Répondre' }).click();
  await dialogB.getByLabel(/Répondre à/).fill('Plus de 300');
  await dialogB.getByRole('button', { name: 'Envoyer' }).click();
  await dialogB.getByRole('button', { name: 'Bonne idée (0)' }).click();
  await b.screenshot({ path: `${ARTIFACTS}/discussion.png` });
  await dialogB.getByRole('button', { name: 'Fermer' }).click();

  // On the card, given reactions are counted toggles: one click away.
  await expect(cardA.getByRole('button', { name: '2 commentaires' })).toBeVisible();
  await expect(cardA.getByRole('button', { name: 'Bonne idée (1)' })).toHaveAttribute('aria-pressed', 'false');
  await expect(cardB.getByRole('button', { name: 'Bonne idée (1)' })).toHaveAttribute('aria-pressed', 'true');
  await cardA.getByRole('button', { name: '2 commentaires' }).click();
  await expect(a.getByRole('dialog').getByText('Plus de 300')).toBeVisible();
  // Two keys away too: Alt+3 on the card gives one's own "Bonne idée".
  await a.keyboard.press('Escape');
  // The closing dialog gives the focus back to what opened it: focusing the card before that
  // lands would see the focus taken back to the button, which keeps its keys to itself.
  await expect(a.getByRole('dialog')).toHaveCount(0);
  await expect(cardA.getByRole('button', { name: '2 commentaires' })).toBeFocused();
  await cardA.focus();
  await expect(cardA).toBeFocused();
  await a.keyboard.press('Alt+Digit3');
  await expect(cardB.getByRole('button', { name: 'Bonne idée (2)' })).toBeVisible();
});
