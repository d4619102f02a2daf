import { addBurst, capFloaters, emptyCounts, floatersFor, MAX_PER_KIND, summaryParts, totalCount } from './reactions';

describe(addBurst.name, () => {
  it('adds a burst to running counts, ignoring nonsense', () => {
    const counts = addBurst(addBurst(emptyCounts(), { counts: { applause: 3 } }), { counts: { applause: 1, unclear: 2, agree: -4 } });
    expect(counts).toEqual({ applause: 4, agree: 0, unclear: 2 });
    expect(totalCount(counts)).toBe(6);
  });
});

describe(floatersFor.name, () => {
  it('makes one icon per reaction, capped per kind, each kind in its own band', () => {
    const floaters = floatersFor({ counts: { applause: 2, unclear: 50 } }, 10, () => 0.5);
    expect(floaters.filter((f) => f.kind === 'applause')).toHaveLength(2);
    expect(floaters.filter((f) => f.kind === 'unclear')).toHaveLength(MAX_PER_KIND);
    expect(floaters.map((f) => f.id)).toEqual(Array.from({ length: 2 + MAX_PER_KIND }, (_, i) => 10 + i));
    expect(floaters[0].left).toBe(20);
    expect(floaters.find((f) => f.kind === 'unclear')?.left).toBe(80);
    expect(floaters[1].delayMs).toBeGreaterThan(floaters[0].delayMs);
  });

  it('makes nothing of an empty burst', () => {
    expect(floatersFor({ counts: {} }, 0)).toEqual([]);
  });
});

describe(capFloaters.name, () => {
  it('keeps the newest icons', () => {
    const floaters = floatersFor({ counts: { agree: 5 } }, 0, () => 0);
    expect(capFloaters(floaters, 2).map((f) => f.id)).toEqual([3, 4]);
    expect(capFloaters(floaters, 10)).toHaveLength(5);
  });
});

describe(summaryParts.name, () => {
  it('lists only the kinds that were sent', () => {
    expect(summaryParts({ applause: 0, agree: 3, unclear: 1 })).toEqual([
      { kind: 'agree', count: 3 },
      { kind: 'unclear', count: 1 },
    ]);
  });
});
