import { parseLiveTab } from './live-tabs';

describe(parseLiveTab.name, () => {
  it('reads a known tab and falls back to the questions', () => {
    expect(parseLiveTab('polls')).toBe('polls');
    expect(parseLiveTab('projector')).toBe('projector');
    expect(parseLiveTab(null)).toBe('questions');
    expect(parseLiveTab('settings')).toBe('questions');
  });
});
