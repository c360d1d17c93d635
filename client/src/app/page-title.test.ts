import { describe, expect, it } from 'vitest';
import { shellTitleKey } from './page-title';
import { parseRoute } from './routes';

describe('page titles', () => {
  it('come from the shell for fixed pages, and from the page where it has its own title', () => {
    expect(shellTitleKey(parseRoute('/'), false)).toBe('shell.titles.home');
    expect(shellTitleKey(parseRoute('/join/ABC123'), false)).toBe('shell.titles.join');
    expect(shellTitleKey(parseRoute('/accessibilite'), false)).toBe('shell.titles.statement');
    expect(shellTitleKey(parseRoute('/w/w1'), true)).toBeNull();
    expect(shellTitleKey(parseRoute('/w/w1/b/b1'), true)).toBeNull();
    expect(shellTitleKey(parseRoute('/present/b1'), false)).toBeNull();
  });

  it('say so when the workshop was not joined on this device', () => {
    expect(shellTitleKey(parseRoute('/w/w1'), false)).toBe('shell.titles.notJoined');
    expect(shellTitleKey(parseRoute('/w/w1/b/b1'), false)).toBe('shell.titles.notJoined');
  });
});
