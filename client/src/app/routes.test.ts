import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from './routes';

describe('routes', () => {
  it('read every page from its address', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' });
    expect(parseRoute('/join/ABC123')).toEqual({ page: 'join', code: 'ABC123' });
    expect(parseRoute('/w/w1')).toEqual({ page: 'workshop', workshopId: 'w1' });
    expect(parseRoute('/w/w1/b/b1')).toEqual({ page: 'board', workshopId: 'w1', boardId: 'b1' });
    expect(parseRoute('/b/b1')).toEqual({ page: 'boardLink', boardId: 'b1' });
    expect(parseRoute('/print/b1')).toEqual({ page: 'print', boardId: 'b1' });
    expect(parseRoute('/accessibilite')).toEqual({ page: 'accessibility' });
    expect(parseRoute('/r/AbC_12-x')).toEqual({ page: 'publication', slug: 'AbC_12-x', previewOf: null });
    expect(parseRoute('/r/apercu/w1')).toEqual({ page: 'publication', slug: 'apercu', previewOf: 'w1' });
    expect(parseRoute('/suivi/eyJ.abc.d-f_')).toEqual({ page: 'followup', token: 'eyJ.abc.d-f_' });
    expect(parseRoute('/nowhere/at/all')).toEqual({ page: 'home' });
  });

  it('build addresses that read back to the same page', () => {
    expect(parseRoute(paths.board('w 1', 'b/1'))).toEqual({ page: 'board', workshopId: 'w 1', boardId: 'b/1' });
    expect(parseRoute(paths.join('XU6VQT'))).toEqual({ page: 'join', code: 'XU6VQT' });
    expect(parseRoute(paths.print('b 1'))).toEqual({ page: 'print', boardId: 'b 1' });
    expect(parseRoute(paths.statement())).toEqual({ page: 'accessibility' });
  });
});
