import { pageCount, projectorLayoutKey } from './projector-fit';
import type { ProjectorModel } from './projector';

describe(pageCount.name, () => {
  it('counts whole screens of content, at least one', () => {
    expect(pageCount(500, 600)).toBe(1);
    expect(pageCount(600, 600)).toBe(1);
    expect(pageCount(1300, 600)).toBe(3);
    expect(pageCount(100, 0)).toBe(1);
  });
});

describe(projectorLayoutKey.name, () => {
  const model = (text: string, agree: number) =>
    ({
      mode: 'agenda',
      currentAgenda: null,
      pinned: null,
      questions: [],
      poll: null,
      speakers: { waiting: [] },
      consensus: { open: [{ item: { text }, counts: { agree }, total: agree }], approved: [], moreOpen: 0, earlierApproved: 0 },
    }) as unknown as ProjectorModel;

  it('changes with the texts but not with the counts, so a vote does not reset the page', () => {
    expect(projectorLayoutKey(model('Loket lansia', 1))).toBe(projectorLayoutKey(model('Loket lansia', 9)));
    expect(projectorLayoutKey(model('Loket lansia', 1))).not.toBe(projectorLayoutKey(model('Loket lansia dan difabel', 1)));
  });
});
