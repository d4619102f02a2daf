import { liveSections } from './sections';
import {
  attendeeFixture as attendee,
  consensusFixture as item,
  pollFixture as poll,
  signingFixture as signing,
  snapshotFixture as snapshot,
} from './test-fixtures';

const ids = (patch: Parameters<typeof snapshot>[0]) => liveSections(snapshot(patch)).map((section) => section.id);
const todo = (patch: Parameters<typeof snapshot>[0]) => Object.fromEntries(liveSections(snapshot(patch)).map((section) => [section.id, section.todo]));

describe('liveSections', () => {
  it('shows questions, polls and speaking from the start, nothing else', () => {
    expect(ids({})).toEqual(['questions', 'polls', 'speak']);
  });

  it('counts open polls not answered yet', () => {
    const polls = [poll({ id: 'a' }), poll({ id: 'b' }), poll({ id: 'c', status: 'closed' })];
    expect(todo({ polls }).polls).toBe(2);
    expect(todo({ polls, viewer: attendee({ myPollAnswers: { a: { type: 'single', optionId: 'o1' } } }) }).polls).toBe(1);
  });

  it('shows consensus once an item is open or approved, counting open items without my signal', () => {
    expect(ids({ consensus: [item('c1', { status: 'draft' })] })).not.toContain('consensus');
    const consensus = [item('c1'), item('c2'), item('c3', { status: 'approved', number: 1 })];
    expect(todo({ consensus }).consensus).toBe(2);
    expect(todo({ consensus, viewer: attendee({ myConsensusSignals: { c1: 'abstain' } }) }).consensus).toBe(1);
    expect(todo({ consensus: [item('c3', { status: 'approved', number: 1 })] }).consensus).toBe(0);
  });

  it('shows the survey while open, asking until answered, and afterwards only to those who answered', () => {
    expect(todo({ survey: { open: true, respondents: 0 } }).survey).toBe(1);
    const answered = attendee({ mySurvey: [4, 4, 4, 4, 4, 4, 4, 4, 4] });
    expect(todo({ survey: { open: true, respondents: 1 }, viewer: answered }).survey).toBe(0);
    expect(ids({ survey: { open: false, respondents: 1 }, viewer: answered })).toContain('survey');
    expect(ids({ survey: { open: false, respondents: 1 } })).not.toContain('survey');
  });

  it('shows signing to representatives only, asking while the newest version lacks their signature', () => {
    expect(todo({ viewer: attendee({ signing: signing() }) }).signing).toBe(1);
    expect(todo({ viewer: attendee({ signing: signing({ signed: true }) }) }).signing).toBe(0);
    expect(todo({ viewer: attendee({ signing: signing({ document: null }) }) }).signing).toBe(0);
  });

  it('keeps page order with every section present', () => {
    const everything = {
      consensus: [item('c1')],
      survey: { open: true, respondents: 0 },
      viewer: attendee({ signing: signing() }),
    };
    expect(ids(everything)).toEqual(['questions', 'polls', 'speak', 'consensus', 'survey', 'signing']);
  });

  it('gives a viewer other than an attendee only the sections everyone has', () => {
    expect(ids({ viewer: { role: 'projector' }, survey: { open: false, respondents: 3 } })).toEqual(['questions', 'polls', 'speak']);
  });
});
