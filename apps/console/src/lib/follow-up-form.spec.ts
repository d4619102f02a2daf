import { CONSENSUS_LIMITS } from '@mufakat/contracts';
import { followUp } from '../test/fixtures';
import { emptyFollowUp, followUpErrorCount, followUpValues, toFollowUpPlan, validateFollowUp, type FollowUpValues } from './follow-up-form';

const values = (patch: Partial<FollowUpValues> = {}): FollowUpValues => ({
  action: '  Membuka loket antrean daring  ',
  responsibleUnit: ' Bidang Pelayanan ',
  deadline: '2027-03-31',
  timeFrame: '',
  status: 'planned',
  ...patch,
});

describe(toFollowUpPlan.name, () => {
  it('builds the plan with trimmed text and null for what was left out', () => {
    expect(toFollowUpPlan(values())).toEqual({
      ok: true,
      plan: { action: 'Membuka loket antrean daring', responsibleUnit: 'Bidang Pelayanan', deadline: '2027-03-31', timeFrame: null, status: 'planned' },
    });
    expect(toFollowUpPlan(values({ deadline: '', timeFrame: ' 3 bulan ', status: 'in_progress' }))).toMatchObject({
      ok: true,
      plan: { deadline: null, timeFrame: '3 bulan', status: 'in_progress' },
    });
  });

  it('accepts a deadline and a time frame together', () => {
    expect(toFollowUpPlan(values({ timeFrame: 'Triwulan I 2027' }))).toMatchObject({
      ok: true,
      plan: { deadline: '2027-03-31', timeFrame: 'Triwulan I 2027' },
    });
  });
});

describe(validateFollowUp.name, () => {
  it('requires an action and a responsible unit', () => {
    expect(validateFollowUp(values({ action: ' ', responsibleUnit: '' }))).toEqual({ action: { key: 'required' }, responsibleUnit: { key: 'required' } });
  });

  it('requires a deadline, a time frame, or both', () => {
    const errors = validateFollowUp(values({ deadline: '', timeFrame: '  ' }));
    expect(errors).toEqual({ when: { key: 'deadlineOrTimeFrame' } });
    expect(followUpErrorCount(errors)).toBe(1);
  });

  it('takes only a real calendar date as the deadline', () => {
    for (const deadline of ['2027-02-29', '2027-13-01', '31/03/2027', '2027-3-31']) {
      expect(validateFollowUp(values({ deadline }))).toEqual({ deadline: { key: 'invalidCalendarDate' } });
    }
    expect(validateFollowUp(values({ deadline: '2028-02-29' }))).toEqual({});
  });

  it('mirrors the contract limits', () => {
    const errors = validateFollowUp(
      values({
        action: 'a'.repeat(CONSENSUS_LIMITS.action + 1),
        responsibleUnit: 'u'.repeat(CONSENSUS_LIMITS.responsibleUnit + 1),
        timeFrame: 't'.repeat(CONSENSUS_LIMITS.timeFrame + 1),
      }),
    );
    expect(errors).toEqual({
      action: { key: 'tooLong', values: { max: CONSENSUS_LIMITS.action } },
      responsibleUnit: { key: 'tooLong', values: { max: CONSENSUS_LIMITS.responsibleUnit } },
      timeFrame: { key: 'tooLong', values: { max: CONSENSUS_LIMITS.timeFrame } },
    });
    expect(
      validateFollowUp(
        values({
          action: 'a'.repeat(CONSENSUS_LIMITS.action),
          responsibleUnit: 'u'.repeat(CONSENSUS_LIMITS.responsibleUnit),
          timeFrame: 't'.repeat(CONSENSUS_LIMITS.timeFrame),
        }),
      ),
    ).toEqual({});
  });
});

describe(followUpValues.name, () => {
  it('loads a plan back into the form, and starts a new one as planned', () => {
    expect(followUpValues(followUp)).toEqual({
      action: followUp.action,
      responsibleUnit: followUp.responsibleUnit,
      deadline: '2027-03-31',
      timeFrame: '',
      status: 'planned',
    });
    expect(followUpValues(null)).toEqual(emptyFollowUp());
    expect(emptyFollowUp().status).toBe('planned');
  });

  it('round-trips a plan unchanged', () => {
    expect(toFollowUpPlan(followUpValues(followUp))).toEqual({ ok: true, plan: followUp });
  });
});
