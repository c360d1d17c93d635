import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { io } from 'socket.io-client';
import type { FacilitatorCommand } from '@shared/facilitation';
import { EVENTS, PROTOCOL_VERSION } from '@shared/protocol-constants';
import { addCard, card, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard } from './support';

const SHOTS = process.env.PROJECTOR_SHOTS;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const fontPx = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/**
 * What a person's board page sends, sent from here with that person's token: this journey is
 * about the projector, and the facilitator's panel and the card's buttons have journeys of their own.
 */
async function boardRequests(page: Page, baseURL: string) {
  const token = await page.evaluate(() => (Object.values(JSON.parse(localStorage.getItem('coatelier.sessions') ?? '{}'))[0] as { token: string }).token);
  const socket = io(baseURL, { auth: { token }, transports: ['websocket'] });
  const boardId = decodeURIComponent(new URL(page.url()).pathname.split('/')[4]!);
  expect(await socket.timeout(5_000).emitWithAck(EVENTS.join, { boardId, protocol: PROTOCOL_VERSION })).toMatchObject({ ok: true });
  const send = async (event: string, body: unknown) => expect(await socket.timeout(5_000).emitWithAck(event, boardId, body)).toEqual({ ok: true });
  return {
    command: (command: FacilitatorCommand) => send(EVENTS.command, command),
    vote: (cardId: string) => send(EVENTS.vote, { cardId, action: 'cast' }),
    close: () => socket.close(),
  };
}

const cardId = async (page: Page, text: string) => (await card(page, text).getAttribute('data-card-id'))!;

/** The text is fitted once a resize is observed: two frames later it is drawn at its new size. */
const settle = (page: Page) => page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));

/** WCAG 1.4.10: at 320 px wide the screen reflows, nothing cut on the right; the size is restored after. */
async function expectReflowAt320(page: Page) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  await settle(page);
  // The screen clips what overflows (it never scrolls as a whole): no element may reach past its right edge.
  const past = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('.visually-hidden') && el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => el.className || el.tagName),
  );
  expect(past).toEqual([]);
  await page.setViewportSize(size);
}

/** Screenshots of each view at the room's usual sizes, when PROJECTOR_SHOTS names a folder. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  const size = page.viewportSize()!;
  for (const [width, height] of [[1920, 1080], [1366, 768], [390, 844], [320, 640]] as const) {
    await page.setViewportSize({ width, height });
    await settle(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png`, fullPage: width < 800 });
  }
  await page.setViewportSize(size);
}

test('the organiser projects the board from their own browser: invitation, step, results and spotlight', async ({ browser, baseURL }) => {
  // Sixteen screenshots take their time on a busy machine.
  test.slow(Boolean(SHOTS));
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const organiser = await room.newPage();
  const code = await createWorkshop(organiser, 'Rencontres – plénière');
  await openBoard(organiser, 'Difficultés');

  // The board page's link opens the projector in a new tab, without any token in its address.
  const link = organiser.getByRole('link', { name: 'Projeter le tableau (nouvel onglet)' });
  await expect(link).toHaveAttribute('target', '_blank');
  const [projector] = await Promise.all([room.waitForEvent('page'), link.click()]);
  expect(new URL(projector.url()).hash).toBe('');
  await expect(projector.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();
  await expect(projector.getByText('Écriture des cartes')).toBeVisible();

  const participant = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await joinWorkshop(participant, code, 'Alex');
  await openBoard(participant, 'Difficultés');
  await addCard(participant, 'Connaître les SCIC', 'Les élus ne connaissent pas les SCIC');
  await addCard(participant, 'Cadre juridique et financier', 'Prise de parts : quel montant ?');
  const guide = await addCard(organiser, 'Connaître les SCIC', 'Un guide pour les agents');
  await chooseInMenu(guide, 'Rose', 'menuitemradio');

  // Real colours, named in words since they differ; text at 24 px or more while it fits.
  const projected = projector.locator('.projector-card').filter({ hasText: 'Un guide pour les agents' });
  await expect(projected).toHaveClass(/card--pink/);
  await expect(projected.getByText('Couleur : Rose')).toBeVisible();
  expect(await fontPx(projected.locator('.projector-text'))).toBeGreaterThanOrEqual(24);
  await expectNoViolations(projector);
  await expectReflowAt320(projector);
  await shoot(projector, 'board');

  // The invitation: address and code in very large type, a QR code of 320 px or more.
  await projector.getByRole('button', { name: /Inviter à rejoindre/ }).click();
  const invitation = projector.getByRole('region', { name: 'Rejoignez avec votre téléphone :' });
  await expect(invitation.getByTestId('invitation-code')).toHaveText(code);
  await expect(invitation.getByText(`${new URL(baseURL!).host}/join`)).toBeVisible();
  expect(await fontPx(invitation.getByTestId('invitation-code'))).toBeGreaterThanOrEqual(96);
  const qr = invitation.getByRole('img', { name: new RegExp(`QR code.*${code}`) });
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(320);
  await expectNoViolations(projector);
  await expectReflowAt320(projector);
  await shoot(projector, 'invitation');
  // The same key brings the board back.
  await projector.keyboard.press('i');
  await expect(invitation).toHaveCount(0);
  await expect(projected).toBeVisible();

  // The step in words follows the facilitator; the countdown is large.
  const facilitator = await boardRequests(organiser, baseURL!);
  const alex = await boardRequests(participant, baseURL!);
  await facilitator.command({ type: 'phase.set', phase: 'voting' });
  await expect(projector.getByText('Vote : 3 points chacun')).toBeVisible();
  await facilitator.command({ type: 'timer.start', durationMs: 5 * 60_000 });
  await expect(projector.getByRole('timer')).toContainText(/[45]:\d\d/);
  expect(await fontPx(projector.locator('.countdown-time'))).toBeGreaterThanOrEqual(64);

  // Results: hidden totals stay hidden from the room (the screen holds a staff token that sees them)…
  const guideId = await cardId(organiser, 'Un guide pour les agents');
  await alex.vote(guideId);
  await facilitator.vote(guideId);
  await alex.vote(await cardId(organiser, 'Prise de parts : quel montant ?'));
  await expect(projector.getByText(/votes?$/)).toHaveCount(0);
  // …then, revealed, the cards are ranked by votes.
  await facilitator.command({ type: 'votes.reveal', revealed: true });
  const ranking = projector.getByRole('region', { name: 'Classement des cartes par votes' });
  await expect(ranking.getByRole('listitem')).toHaveCount(2);
  await expect(ranking.getByRole('listitem').first()).toContainText('Un guide pour les agents');
  await expect(ranking.getByRole('listitem').first()).toContainText('2 votes');
  await expect(projector.locator('.projector-step')).toHaveText('Étape : Résultats');
  await expectNoViolations(projector);
  await expectReflowAt320(projector);
  await shoot(projector, 'results');

  // The spotlight: the card alone, full screen, named as projected, with its author and column.
  await facilitator.command({ type: 'focus.set', focus: { kind: 'card', id: await cardId(organiser, 'Les élus ne connaissent pas les SCIC') } });
  const spotlight = projector.getByRole('region', { name: 'Carte projetée' });
  const current = spotlight.locator('[aria-current="true"]');
  await expect(current).toContainText('Les élus ne connaissent pas les SCIC');
  await expect(current).toContainText('par Alex');
  await expect(current).toContainText('Colonne « Connaître les SCIC »');
  await expect(ranking).toHaveCount(0);
  const box = (await current.boundingBox())!;
  expect(box.width * box.height).toBeGreaterThan(1920 * 1080 * 0.5);
  await expectNoViolations(projector);
  await expectReflowAt320(projector);
  await shoot(projector, 'spotlight');
  facilitator.close();
  alex.close();
});

test('a crowded board reads at 24 px or more at 1920×1080 while it fits, without overflowing the screen', async ({ browser }) => {
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const organiser = await room.newPage();
  await createWorkshop(organiser, 'Rencontres – plénière chargée');
  await openBoard(organiser, 'Difficultés');
  const lines = ['Pas de référent SCIC identifié', 'Statuts mal connus des services', 'Délibérations trop longues à obtenir', 'Peu de retours d’expérience', 'Crainte du risque financier', 'Parts sociales : quel montant ?'];
  for (const title of ['Connaître les SCIC', 'Cadre juridique et financier', 'Autres']) {
    const col = column(organiser, title);
    await col.getByRole('button', { name: `Coller une liste dans la colonne « ${title} »` }).click();
    const dialog = organiser.getByRole('dialog');
    await dialog.getByLabel('Liste à coller').fill(lines.join('\n'));
    await dialog.getByRole('button', { name: 'Ajouter les cartes' }).click();
    await expect(dialog).toBeHidden();
  }
  const projector = await room.newPage();
  await projector.goto((await organiser.getByRole('link', { name: /Projeter le tableau/ }).getAttribute('href'))!);
  await expect(projector.locator('.projector-card')).toHaveCount(18);
  // Fitted once the screen is measured: the size settles, then stays.
  await expect.poll(() => fontPx(projector.locator('.projector-text').first())).toBeGreaterThanOrEqual(24);
  const area = projector.locator('.projector-columns');
  expect(await area.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  await shoot(projector, 'crowded');
});

test('a projector link opens the board, and a new token after # is taken at once', async ({ browser }) => {
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await createWorkshop(organiser, 'Rencontres – table ronde');
  await organiser.getByRole('button', { name: 'Lien projecteur – Difficultés' }).click();
  const first = new URL((await organiser.getByRole('link', { name: /Projecteur :/ }).getAttribute('href'))!);

  // Without a token nor a staff session of its own, the screen says how to project.
  const projector = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await projector.goto(first.pathname);
  await expect(projector.getByRole('alert')).toContainText('lien projecteur');
  await projector.evaluate((hash) => (window.location.hash = hash), first.hash);
  await expect(projector.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();

  // Revoked, then replaced: the new token pasted after # reconnects the screen.
  await organiser.getByRole('button', { name: 'Révoquer les liens projecteur' }).click();
  await expect(organiser.getByText(/Liens révoqués/)).toBeVisible();
  await organiser.getByRole('button', { name: 'Lien projecteur – Difficultés' }).click();
  const second = new URL((await organiser.getByRole('link', { name: /Projecteur :/ }).getAttribute('href'))!);
  expect(second.hash).not.toBe(first.hash);
  await projector.evaluate((hash) => (window.location.hash = hash), second.hash);
  await openBoard(organiser, 'Difficultés');
  await addCard(organiser, 'Autres', 'Carte écrite après le nouveau lien');
  await expect(projector.getByText('Carte écrite après le nouveau lien')).toBeVisible();
});
