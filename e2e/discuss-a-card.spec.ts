import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, column, createWorkshop, joinWorkshop, openBoard } from './support';

test('comments, replies and reactions on a card reach everyone live', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  const code = await createWorkshop(a, 'Discussion');
  await joinWorkshop(b, code, 'Bao');
  await openBoard(a, 'Enseignements SCIC');
  await openBoard(b, 'Enseignements SCIC');
  await addCard(a, 'Biau Jardin', 'Sociétariat large et fidèle');

  const cardA = column(a, 'Biau Jardin').getByRole('listitem').first();
  const cardB = column(b, 'Biau Jardin').getByRole('listitem').first();
  await cardA.getByRole('button', { name: 'Commenter' }).click();
  await cardA.getByPlaceholder('Écrire un commentaire').fill('Combien de sociétaires ?');
  await cardA.getByRole('button', { name: 'Envoyer' }).click();

  await cardB.getByRole('button', { name: '1 commentaire' }).click();
  await expect(cardB.getByText('Combien de sociétaires ?')).toBeVisible();
  await cardB.getByRole('button', { name: 'Répondre' }).click();
  await cardB.getByPlaceholder(/Répondre à/).fill('Plus de 300');
  await cardB.getByRole('button', { name: 'Envoyer' }).click();
  await cardB.getByRole('button', { name: 'Bonne idée (0)' }).click();

  await expect(cardA.getByText('Plus de 300')).toBeVisible();
  await expect(cardA.getByRole('button', { name: 'Bonne idée (1)' })).toHaveAttribute('aria-pressed', 'false');
  await expect(cardB.getByRole('button', { name: 'Bonne idée (1)' })).toHaveAttribute('aria-pressed', 'true');
  await b.screenshot({ path: `${ARTIFACTS}/discussion.png` });
});
