/**
 * What a screen reader is given, read from Chromium's accessibility tree (no screen reader runs
 * here): the roles, names and descriptions of the main states, and the live region there before
 * any message. docs/rgaa-audit.md ("Méthode") says what this does and does not prove.
 */
import { expect, test } from '@playwright/test';
import { card, column, openBoard, openFacilitation } from './support';

const RULE = 'La règle des 50 % de capital détenu par les collectivités est mal comprise.';

test('cards, their menu, a discussion, the facilitation and the projector read with their roles and names', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto('/');
  // The live region is in the first render, empty: a region created with its text is often not read.
  await expect(page.getByRole('status').and(page.getByTestId('live-region'))).toHaveText('');
  await expect(page.getByTestId('live-region')).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await expect(page.getByText('12 cartes').first()).toBeVisible({ timeout: 20_000 });
  await openBoard(page, 'Difficultés');

  // A card reads as its text; its description gives its group, author and votes; its role says it moves.
  const rule = card(column(page, 'Cadre juridique et financier'), RULE);
  await expect(rule).toHaveAccessibleName(RULE);
  await expect(rule).toHaveAccessibleDescription(/Groupe : Prise de parts.*par Claire Morel.*5 votes/);
  await expect(rule).toHaveAttribute('aria-roledescription', 'carte déplaçable');
  await expect(column(page, 'Cadre juridique et financier')).toMatchAriaSnapshot(`
    - region "Cadre juridique et financier":
      - heading "Cadre juridique et financier" [level=2]
      - button "Ajouter une carte dans « Cadre juridique et financier »"
      - list "Colonne Cadre juridique et financier":
        - listitem:
          - button "Replier le groupe Prise de parts" [expanded]
          - textbox "Nom du groupe": Prise de parts
        - listitem "${RULE}":
          - 'button /^Voter : La règle des 50 %/'
          - button "D’accord (2)"
          - button "2 commentaires"
          - 'button /^Actions de la carte : La règle des 50 %/'
  `);

  // Its menu: items, then named groups of checkboxes and radios that say which one is on.
  await rule.getByRole('button', { name: /^Actions de la carte/ }).click();
  await expect(page.getByRole('menu')).toMatchAriaSnapshot(`
    - 'menu /^Actions de la carte : La règle des 50 %/':
      - menuitem "Modifier le texte"
      - menuitem "2 commentaires"
      - menuitem "Voter"
      - menuitem "Projeter"
      - menuitem "Supprimer la carte"
      - group "Réagir":
        - menuitemcheckbox "D’accord"
      - group "Couleur":
        - menuitemradio "Bleu" [checked]
      - group "Déplacer vers":
        - menuitem "Connaître les SCIC"
      - group "Groupe":
        - menuitemradio "Sans groupe"
        - menuitemradio "Prise de parts" [checked]
  `);
  await page.keyboard.press('Escape');

  // The discussion: a named dialog, who wrote each comment, a labelled field.
  await rule.getByRole('button', { name: '2 commentaires' }).click();
  await expect(page.getByRole('dialog')).toMatchAriaSnapshot(`
    - dialog /^Discussion « La règle des 50 %/:
      - heading /^Discussion « La règle des 50 %/ [level=2]
      - button "Fermer"
      - group "Réagir"
      - region "Discussion":
        - list:
          - listitem:
            - paragraph:
              - strong: Marc Vidal
            - list:
              - listitem:
                - strong: Karim Haddad
            - button "Répondre"
      - textbox "Écrire un commentaire"
      - button "Envoyer"
  `);
  await page.keyboard.press('Escape');

  // The facilitation: one list item per step, each with its own button; the timer as a named group.
  await openFacilitation(page);
  await expect(page.getByRole('list', { name: 'Étapes de l’animation' })).toMatchAriaSnapshot(`
    - list "Étapes de l’animation":
      - listitem:
        - paragraph: Écriture
        - spinbutton "Durée de l’écriture (min)"
        - checkbox "Cartes privées jusqu’à la révélation"
        - button /^Lancer l’écriture/
      - listitem:
        - button "Révéler les cartes"
      - listitem:
        - button "Passer au regroupement"
      - listitem:
        - spinbutton "Points par personne"
        - button /^Lancer le vote/
      - listitem:
        - button "Montrer les résultats"
      - listitem:
        - button "Clore le tableau"
  `);
  await expect(page.getByRole('group', { name: 'Minuteur' }).getByRole('button', { name: 'Démarrer' })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Minuteur' })).toBeVisible();

  // The projector: its ranking, then the card projected, read with its author, column and votes.
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Projeter le tableau (nouvel onglet)' }).click()]);
  await expect(projector.getByRole('region', { name: 'Classement des cartes par votes' })).toMatchAriaSnapshot(`
    - region "Classement des cartes par votes":
      - heading "Classement des cartes par votes" [level=2]
      - list:
        - listitem:
          - paragraph: "${RULE}"
          - paragraph: "Colonne « Cadre juridique et financier » · Couleur : Bleu"
          - text: 5 votes
  `);
  await expect(projector.getByRole('img', { name: /^QR code du lien pour rejoindre avec le code/ })).toBeVisible();
  await expect(projector.getByTestId('live-region')).toBeAttached();
  await rule.getByRole('button', { name: /^Actions de la carte/ }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Projeter', exact: true }).click();
  await expect(projector.getByRole('region', { name: 'Carte projetée' })).toMatchAriaSnapshot(`
    - region "Carte projetée":
      - heading "Carte projetée" [level=2]
      - article:
        - paragraph: "${RULE}"
        - paragraph: "par Claire Morel · Colonne « Cadre juridique et financier » · 5 votes · Couleur : Bleu"
  `);
  await expect(rule).toHaveAttribute('aria-current', 'true');
});
