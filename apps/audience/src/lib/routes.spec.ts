import { webPaths } from '@mufakat/contracts';
import { matchRoute } from './routes';

describe('matchRoute', () => {
  it('sends the root and unknown paths to the code form', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/something/else')).toEqual({ name: 'home' });
    expect(matchRoute('/j/')).toEqual({ name: 'home' });
  });

  it('reads the join code, normalised, from /j/CODE', () => {
    expect(matchRoute('/j/abc123')).toEqual({ name: 'join', code: 'ABC123' });
    expect(matchRoute('/j/ABC123/')).toEqual({ name: 'join', code: 'ABC123' });
  });

  it('decodes an escaped code', () => {
    expect(matchRoute('/j/ab%20c')).toEqual({ name: 'join', code: 'ABC' });
  });

  it('does not crash on a malformed escape', () => {
    expect(matchRoute('/j/%E0%A4%A')).toEqual({ name: 'home' });
  });

  it('ignores deeper paths under /j/', () => {
    expect(matchRoute('/j/ABC/extra')).toEqual({ name: 'home' });
  });

  it('reads a document version code from /v/CODE and knows /verify', () => {
    expect(matchRoute('/v/abcde12345')).toEqual({ name: 'version', code: 'ABCDE12345' });
    expect(matchRoute('/v/ABCDE1234')).toEqual({ name: 'home' });
    expect(matchRoute('/verify')).toEqual({ name: 'verify' });
    expect(matchRoute('/verify/')).toEqual({ name: 'verify' });
  });

  it('knows the public follow-up pages, by the paths the contracts give them', () => {
    expect(matchRoute(webPaths.publicOrganisations)).toEqual({ name: 'organisations' });
    expect(matchRoute('/publik/')).toEqual({ name: 'organisations' });
    expect(matchRoute(webPaths.publicOrganisation('org-1'))).toEqual({ name: 'organisation', id: 'org-1' });
    expect(matchRoute(webPaths.publicUnit('unit 2'))).toEqual({ name: 'unit', id: 'unit 2' });
    expect(matchRoute(`${webPaths.publicForum('f-3')}/`)).toEqual({ name: 'forum', id: 'f-3' });
  });

  it('sends unknown or malformed public paths to the code form', () => {
    expect(matchRoute('/publik/dinas/x')).toEqual({ name: 'home' });
    expect(matchRoute('/publik/forum/')).toEqual({ name: 'home' });
    expect(matchRoute('/publik/forum/a/b')).toEqual({ name: 'home' });
    expect(matchRoute('/publik/unit/%E0%A4%A')).toEqual({ name: 'home' });
  });
});
