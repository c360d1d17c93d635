import { describe, expect, it } from 'vitest';
import { i18n, t } from './translate';

i18n.addMessages('fr', {
  board: { title: 'Tableau {{name}}', cards_one: '{{count}} carte', cards_other: '{{count}} cartes', votes_zero: 'Aucun vote', votes_one: '{{count}} vote', votes_other: '{{count}} votes' },
  only: { fr: 'Seulement en français' },
});
i18n.addMessages('en', { board: { title: 'Board {{name}}', cards_one: '{{count}} card', cards_other: '{{count}} cards' } });

describe('translating', () => {
  it('interpolates, and leaves a placeholder without a value as it is', () => {
    expect(t('board.title', { name: 'Difficultés' })).toBe('Tableau Difficultés');
    expect(t('board.title')).toBe('Tableau {{name}}');
  });

  it('chooses the plural as the language does, with a zero of its own when there is one', () => {
    expect(t('board.cards', { count: 0 })).toBe('0 carte');
    expect(t('board.cards', { count: 1 })).toBe('1 carte');
    expect(t('board.cards', { count: 2 })).toBe('2 cartes');
    expect(t('board.votes', { count: 0 })).toBe('Aucun vote');
    i18n.changeLanguage('en');
    expect(t('board.cards', { count: 0 })).toBe('0 cards');
    expect(t('board.cards', { count: 1 })).toBe('1 card');
    i18n.changeLanguage('fr');
  });

  it('falls back to French, then to the key', () => {
    i18n.changeLanguage('en');
    expect(t('only.fr')).toBe('Seulement en français');
    expect(t('nowhere.at.all')).toBe('nowhere.at.all');
    expect(i18n.exists('only.fr')).toBe(true);
    expect(i18n.exists('board')).toBe(false);
    i18n.changeLanguage('fr');
  });

  it('merges a part arriving later into what is there, and says so to its readers', () => {
    let heard = 0;
    const stop = i18n.subscribe(() => heard++);
    const before = i18n.version();
    i18n.addMessages('fr', { board: { subtitle: 'Sous-titre' } });
    expect(t('board.subtitle')).toBe('Sous-titre');
    expect(t('board.title', { name: 'X' })).toBe('Tableau X');
    expect(heard).toBe(1);
    expect(i18n.version()).toBe(before + 1);
    stop();
  });

  it('never reads a key through the object prototype', () => {
    expect(t('constructor')).toBe('constructor');
    expect(t('board.toString')).toBe('board.toString');
  });
});
