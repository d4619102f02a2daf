import { deadlineFromTimeFrame } from './time-frame';

describe('deadlineFromTimeFrame', () => {
  const forum = '2026-10-29';

  it('counts Indonesian spans from the forum date', () => {
    expect(deadlineFromTimeFrame('3 bulan', forum)).toBe('2027-01-29');
    expect(deadlineFromTimeFrame('6 Bulan', forum)).toBe('2027-04-29');
    expect(deadlineFromTimeFrame('2 minggu', forum)).toBe('2026-11-12');
    expect(deadlineFromTimeFrame('30 hari', forum)).toBe('2026-11-28');
    expect(deadlineFromTimeFrame('1 tahun', forum)).toBe('2027-10-29');
    expect(deadlineFromTimeFrame('dalam  tiga bulan', forum)).toBe('2027-01-29');
    expect(deadlineFromTimeFrame('sebulan', forum)).toBe('2026-11-29');
  });

  it('counts English spans too', () => {
    expect(deadlineFromTimeFrame('3 months', forum)).toBe('2027-01-29');
    expect(deadlineFromTimeFrame('within 2 weeks', forum)).toBe('2026-11-12');
    expect(deadlineFromTimeFrame('one year', forum)).toBe('2027-10-29');
    expect(deadlineFromTimeFrame('30 days', forum)).toBe('2026-11-28');
  });

  it('ends a quarter on its last day', () => {
    expect(deadlineFromTimeFrame('Triwulan II 2027', forum)).toBe('2027-06-30');
    expect(deadlineFromTimeFrame('triwulan IV 2026', forum)).toBe('2026-12-31');
    expect(deadlineFromTimeFrame('Q1 2027', forum)).toBe('2027-03-31');
    expect(deadlineFromTimeFrame('Quarter 3 2027', forum)).toBe('2027-09-30');
  });

  it('clamps to the end of a shorter month', () => {
    expect(deadlineFromTimeFrame('1 bulan', '2027-01-31')).toBe('2027-02-28');
    expect(deadlineFromTimeFrame('1 month', '2028-01-31')).toBe('2028-02-29');
  });

  it('leaves what it cannot count without a deadline', () => {
    expect(deadlineFromTimeFrame(null, forum)).toBeNull();
    expect(deadlineFromTimeFrame('segera', forum)).toBeNull();
    expect(deadlineFromTimeFrame('akhir tahun anggaran', forum)).toBeNull();
    expect(deadlineFromTimeFrame('Triwulan V 2027', forum)).toBeNull();
    expect(deadlineFromTimeFrame('0 bulan', forum)).toBeNull();
  });
});
