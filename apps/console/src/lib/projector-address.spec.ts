import { webPaths } from '@mufakat/contracts';
import { PROJECTOR_PATH, projectorAddress } from './projector-address';

describe(projectorAddress.name, () => {
  it('reads back the forum and key of the link staff copy', () => {
    const link = new URL(webPaths.projector('7f6c1a52-0000-4000-8000-000000000001', 'a/b+c'), 'http://localhost');
    expect(PROJECTOR_PATH.test(link.pathname)).toBe(true);
    expect(projectorAddress(link.pathname, link.search)).toEqual({ forumId: '7f6c1a52-0000-4000-8000-000000000001', projectorKey: 'a/b+c' });
  });

  it('gives an empty forum and no key for a link that lacks them, so the page says the link is wrong', () => {
    expect(projectorAddress('/console/projector/f-1/', '')).toEqual({ forumId: 'f-1', projectorKey: null });
    expect(projectorAddress('/console/projector/%E0%A4%A', '?key=k')).toEqual({ forumId: '', projectorKey: 'k' });
    expect(projectorAddress('/console/forums/f-1', '?key=k')).toEqual({ forumId: '', projectorKey: 'k' });
  });
});
