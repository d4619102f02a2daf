import { computeIkm, ikmGrade } from './survey';

describe('computeIkm', () => {
  it('follows the regulation on a worked example: element means, equal weights, ×25, grade', () => {
    const responses = [
      [4, 4, 3, 3, 4, 3, 4, 3, 4],
      [3, 3, 3, 2, 3, 3, 4, 3, 3],
      [4, 3, 4, 4, 4, 4, 4, 3, 4],
      [3, 4, 3, 3, 3, 3, 3, 2, 3],
    ];
    const result = computeIkm(responses);
    // By hand: means 3.5, 3.5, 3.25, 3.0, 3.5, 3.25, 3.75, 2.75, 3.5 sum to 30; 30 / 9 = 3.333…; × 25 = 83.33 → B.
    expect(result?.elements.map((e) => e.mean)).toEqual([3.5, 3.5, 3.25, 3, 3.5, 3.25, 3.75, 2.75, 3.5]);
    expect(result?.ikm).toBeCloseTo(30 / 9, 10);
    expect(result?.converted).toBe(83.33);
    expect(result?.grade).toBe('B');
    expect(result?.respondents).toBe(4);
  });

  it('spans exactly 25 to 100', () => {
    expect(computeIkm([Array(9).fill(4)])).toMatchObject({ converted: 100, grade: 'A' });
    expect(computeIkm([Array(9).fill(1)])).toMatchObject({ converted: 25, grade: 'D' });
  });

  it('has no result without responses', () => {
    expect(computeIkm([])).toBeNull();
  });
});

describe('ikmGrade', () => {
  it.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
  ])('grades %d as %s', (converted, grade) => {
    expect(ikmGrade(converted)).toBe(grade);
  });
});
