import { expect, test } from '@playwright/test';
import { createWorkshop } from './support';

test('the organiser link opens the workshop as organiser in another browser; regenerating ends the old one', async ({ browser }) => {
  const office = await (await browser.newContext()).newPage();
  const code = await createWorkshop(office, 'Préparé au bureau');
  const panel = office.getByRole('region', { name: 'Votre lien organisateur' });
  await expect(panel.getByText(/Gardez ce lien/)).toBeVisible();
  const link = await panel.getByLabel('Lien organisateur').inputValue();
  expect(link).toMatch(/\/invite\/ey/);
  await expect(panel.getByRole('link', { name: 'M’envoyer ce lien par courriel' })).toHaveAttribute('href', /^mailto:\?subject=.*&body=http/);

  // The venue's laptop: the link, a name, and the organiser's page with the code to show.
  const venue = await (await browser.newContext()).newPage();
  await venue.goto(link);
  await expect(venue.getByRole('heading', { name: 'Organiser cet atelier' })).toBeVisible();
  await venue.getByLabel('Votre nom').fill('Claire (salle)');
  await venue.getByRole('button', { name: 'Commencer' }).click();
  await expect(venue.getByRole('heading', { name: 'Préparé au bureau' })).toBeVisible();
  await expect(venue.getByTestId('join-code')).toHaveText(code.slice(0, Math.ceil(code.length / 2)) + '\u00a0' + code.slice(Math.ceil(code.length / 2)));
  await expect(venue.getByRole('region', { name: 'Votre lien organisateur' }).getByLabel('Lien organisateur')).toHaveValue(link);

  // Shared by mistake: the office regenerates; the office stays in with a new link, the old one is refused.
  await panel.getByText('Lien perdu ou partagé par erreur ?').click();
  await panel.getByRole('button', { name: 'Régénérer le lien organisateur' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Nouveau lien créé' })).toBeVisible();
  const fresh = await panel.getByLabel('Lien organisateur').inputValue();
  expect(fresh).not.toBe(link);
  await office.reload();
  await expect(office.getByTestId('join-code')).toBeVisible();

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(link);
  await stranger.getByLabel('Votre nom').fill('Quelqu’un');
  await stranger.getByRole('button', { name: 'Commencer' }).click();
  await expect(stranger.getByRole('alert')).toHaveText('Ce lien n’est plus valable. Demandez-en un nouveau.');
});
