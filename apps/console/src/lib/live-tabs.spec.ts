import { defaultLiveTab, liveTabFromUrl } from './live-tabs';

describe(liveTabFromUrl.name, () => {
  it('reads a known tab from the URL', () => {
    expect(liveTabFromUrl('polls')).toBe('polls');
    expect(liveTabFromUrl('projector')).toBe('projector');
    expect(liveTabFromUrl('consensus')).toBe('consensus');
  });

  it('says when the URL names no known tab', () => {
    expect(liveTabFromUrl('minutes')).toBe('minutes');
    expect(liveTabFromUrl('survey')).toBe('survey');
    expect(liveTabFromUrl(null)).toBeNull();
    expect(liveTabFromUrl('berita-acara')).toBeNull();
  });
});

describe(defaultLiveTab.name, () => {
  it('starts the facilitator on the consensus and everyone else on the questions', () => {
    expect(defaultLiveTab('facilitator')).toBe('consensus');
    expect(defaultLiveTab('moderator')).toBe('questions');
    expect(defaultLiveTab('organiser')).toBe('questions');
    expect(defaultLiveTab(null)).toBe('questions');
  });
});
