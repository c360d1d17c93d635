import { expect, test, type Page } from '@playwright/test';
import { addCard, createWorkshop, joinWorkshop, openBoard } from './support';

/**
 * Records every Content-Security-Policy violation a page reports, from its first script on:
 * the `securitypolicyviolation` event, and the console errors the browser writes for them.
 */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (what: string) => void violations.push(what));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportPolicyViolation(what: string): void }).reportPolicyViolation(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the app runs under its Content-Security-Policy: creating, joining, writing, projecting, saving an image', async ({ browser }) => {
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const participant = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const seen = { organiser: await watchPolicy(organiser), participant: await watchPolicy(participant), projector: await watchPolicy(projector) };

  const home = await organiser.goto('/');
  const policy = home?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");

  // The workshop page draws the join QR code (a data: image).
  const code = await createWorkshop(organiser, 'Rencontres ESS – sécurité');
  const workshopUrl = organiser.url();
  await joinWorkshop(participant, code, 'Camille');
  await openBoard(participant, 'Difficultés');
  await addCard(participant, 'Connaître les SCIC', 'Une carte sous CSP');

  // The projector: the board live, its code and QR code; over WebSocket (Socket.IO).
  await organiser.getByRole('button', { name: 'Lien projecteur – Difficultés' }).click();
  const projectorUrl = await organiser.getByRole('link', { name: /Projecteur :/ }).getAttribute('href');
  await projector.goto(projectorUrl!);
  await expect(projector.getByText('Une carte sous CSP')).toBeVisible();
  await expect(projector.getByRole('img', { name: new RegExp(`QR code.*${code}`) })).toBeVisible();

  // The printable board, saved as a PNG drawn in the page (html-to-image: data: and blob: images).
  await organiser.goto(workshopUrl);
  const panel = organiser.getByRole('region', { name: 'Résultats et exports' });
  await panel.getByLabel('Contenu').selectOption({ label: 'Difficultés' });
  await panel.getByRole('link', { name: 'Imprimer « Difficultés »' }).click();
  await expect(organiser.getByText('Une carte sous CSP')).toBeVisible();
  const [png] = await Promise.all([organiser.waitForEvent('download'), organiser.getByRole('button', { name: 'Télécharger l’image (PNG)' }).click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);

  expect(seen).toEqual({ organiser: [], participant: [], projector: [] });
});
