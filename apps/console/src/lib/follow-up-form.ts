import { CONSENSUS_LIMITS, type FollowUpPlan, type FollowUpStatus } from '@mufakat/contracts';
import { isCalendarDate } from './datetime';
import { requiredText, type FieldError } from './validation';

/** The follow-up form as typed; empty strings for what is left out. */
export interface FollowUpValues {
  action: string;
  responsibleUnit: string;
  /** YYYY-MM-DD, as `<input type=date>` gives it. */
  deadline: string;
  timeFrame: string;
  status: FollowUpStatus;
}

export interface FollowUpErrors {
  action?: FieldError;
  responsibleUnit?: FieldError;
  deadline?: FieldError;
  timeFrame?: FieldError;
  /** Neither a deadline nor a time frame: about the pair, shown on their group. */
  when?: FieldError;
}

export type FollowUpResult = { ok: true; plan: FollowUpPlan } | { ok: false; errors: FollowUpErrors };

export function emptyFollowUp(): FollowUpValues {
  return { action: '', responsibleUnit: '', deadline: '', timeFrame: '', status: 'planned' };
}

export function followUpValues(plan: FollowUpPlan | null): FollowUpValues {
  if (!plan) return emptyFollowUp();
  return {
    action: plan.action,
    responsibleUnit: plan.responsibleUnit,
    deadline: plan.deadline ?? '',
    timeFrame: plan.timeFrame ?? '',
    status: plan.status,
  };
}

/** The server's rules: action and unit required, a deadline (a real date), a time frame in words, or both. */
export function validateFollowUp(values: FollowUpValues): FollowUpErrors {
  const errors: FollowUpErrors = {};
  const action = requiredText(values.action, CONSENSUS_LIMITS.action);
  if (action) errors.action = action;
  const unit = requiredText(values.responsibleUnit, CONSENSUS_LIMITS.responsibleUnit);
  if (unit) errors.responsibleUnit = unit;
  const deadline = values.deadline.trim();
  const timeFrame = values.timeFrame.trim();
  if (deadline && !isCalendarDate(deadline)) errors.deadline = { key: 'invalidCalendarDate' };
  if (timeFrame.length > CONSENSUS_LIMITS.timeFrame) errors.timeFrame = { key: 'tooLong', values: { max: CONSENSUS_LIMITS.timeFrame } };
  if (!deadline && !timeFrame) errors.when = { key: 'deadlineOrTimeFrame' };
  return errors;
}

export function followUpErrorCount(errors: FollowUpErrors): number {
  return Object.values(errors).filter(Boolean).length;
}

export function toFollowUpPlan(values: FollowUpValues): FollowUpResult {
  const errors = validateFollowUp(values);
  if (followUpErrorCount(errors) > 0) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      action: values.action.trim(),
      responsibleUnit: values.responsibleUnit.trim(),
      deadline: values.deadline.trim() || null,
      timeFrame: values.timeFrame.trim() || null,
      status: values.status,
    },
  };
}
