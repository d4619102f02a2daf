import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENSUS_LIMITS, type CreateActionRequest, type FollowUpBoardView } from '@mufakat/contracts';
import { isCalendarDate } from '../../lib/datetime';
import type { FieldError } from '../../lib/validation';
import { FieldErrorText } from '../FieldErrorText';

interface AddActionFormProps {
  items: FollowUpBoardView['items'];
  forums: FollowUpBoardView['forums'];
  busy: boolean;
  onAdd: (request: CreateActionRequest) => Promise<boolean>;
}

type Errors = Partial<Record<'item' | 'action' | 'responsibleUnit' | 'deadline' | 'timeFrame', FieldError>>;

/** Another action for an approved consensus item of the unit's forums; its deadline a date, or counted from a time frame. */
export function AddActionForm({ items, forums, busy, onAdd }: AddActionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [itemId, setItemId] = useState('');
  const [action, setAction] = useState('');
  const [responsibleUnit, setResponsibleUnit] = useState('');
  const [deadline, setDeadline] = useState('');
  const [timeFrame, setTimeFrame] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const titles = new Map(forums.map((f) => [f.id, f.title]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Errors = {};
    if (!itemId) problems.item = { key: 'choose' };
    if (!action.trim()) problems.action = { key: 'required' };
    else if (action.trim().length > CONSENSUS_LIMITS.action) problems.action = { key: 'tooLong', values: { max: CONSENSUS_LIMITS.action } };
    if (!responsibleUnit.trim()) problems.responsibleUnit = { key: 'required' };
    else if (responsibleUnit.trim().length > CONSENSUS_LIMITS.responsibleUnit)
      problems.responsibleUnit = { key: 'tooLong', values: { max: CONSENSUS_LIMITS.responsibleUnit } };
    if (deadline && !isCalendarDate(deadline)) problems.deadline = { key: 'invalidCalendarDate' };
    if (timeFrame.trim().length > CONSENSUS_LIMITS.timeFrame) problems.timeFrame = { key: 'tooLong', values: { max: CONSENSUS_LIMITS.timeFrame } };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const added = await onAdd({
      consensusItemId: itemId,
      action: action.trim(),
      responsibleUnit: responsibleUnit.trim(),
      deadline: deadline || null,
      timeFrame: timeFrame.trim() || null,
    });
    if (added) {
      setAction('');
      setResponsibleUnit('');
      setDeadline('');
      setTimeFrame('');
    }
  };

  const field = (name: keyof Errors, label: string, input: React.ReactNode) => (
    <div className={errors[name] ? 'field field--invalid' : 'field'}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {input}
      <FieldErrorText id={`${id}-${name}-error`} error={errors[name]} />
    </div>
  );
  const aria = (name: keyof Errors) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <details className="card follow-up__add">
      <summary>{t('followUps.add.heading')}</summary>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        {field(
          'item',
          t('followUps.add.item'),
          <select {...aria('item')} value={itemId} data-testid="add-item" onChange={(event) => setItemId(event.target.value)}>
            <option value="">{t('followUps.add.chooseItem')}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {titles.get(item.forumId) ?? ''} · {t('followUps.itemLabel', { number: item.number })}: {item.text}
              </option>
            ))}
          </select>,
        )}
        {field(
          'action',
          t('followUps.add.action'),
          <input {...aria('action')} value={action} data-testid="add-action" onChange={(event) => setAction(event.target.value)} />,
        )}
        {field(
          'responsibleUnit',
          t('followUps.responsibleUnit'),
          <input
            {...aria('responsibleUnit')}
            value={responsibleUnit}
            data-testid="add-responsible"
            onChange={(event) => setResponsibleUnit(event.target.value)}
          />,
        )}
        {field(
          'deadline',
          t('followUps.add.deadline'),
          <input {...aria('deadline')} type="date" value={deadline} data-testid="add-deadline" onChange={(event) => setDeadline(event.target.value)} />,
        )}
        {field(
          'timeFrame',
          t('followUps.add.timeFrame'),
          <input {...aria('timeFrame')} value={timeFrame} data-testid="add-time-frame" onChange={(event) => setTimeFrame(event.target.value)} />,
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" data-testid="add-submit" disabled={busy}>
            {t('followUps.add.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
