import { STAKEHOLDER_CATEGORIES, type ParticipantView } from '@mufakat/contracts';
import { countByCategory, countByMode, sortParticipants } from './attendance';

const participant = (id: string, category: ParticipantView['category'], mode: ParticipantView['mode'], minute = 0): ParticipantView => ({
  id,
  name: id,
  institution: 'x',
  category,
  mode,
  joinedAt: `2026-12-01T09:${String(minute).padStart(2, '0')}:00.000Z`,
});

const participants = [
  participant('a', 'media', 'room', 1),
  participant('b', 'media', 'online', 3),
  participant('c', 'academic', 'online', 2),
  participant('d', 'service_user', 'online', 4),
];

describe(countByCategory.name, () => {
  it('counts every category of the guideline, in order, with zeros', () => {
    const counts = countByCategory(participants);
    expect(counts.map((c) => c.category)).toEqual([...STAKEHOLDER_CATEGORIES]);
    expect(counts.find((c) => c.category === 'media')).toEqual({ category: 'media', count: 2, percent: 50 });
    expect(counts.find((c) => c.category === 'government')).toEqual({ category: 'government', count: 0, percent: 0 });
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(4);
  });

  it('has no percentages to divide by zero', () => {
    expect(countByCategory([]).every((c) => c.count === 0 && c.percent === 0)).toBe(true);
  });
});

describe(countByMode.name, () => {
  it('counts room and online', () => {
    expect(countByMode(participants)).toEqual({ room: 1, online: 3 });
    expect(countByMode([])).toEqual({ room: 0, online: 0 });
  });
});

describe(sortParticipants.name, () => {
  it('puts the latest arrivals first', () => {
    expect(sortParticipants(participants).map((p) => p.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});
