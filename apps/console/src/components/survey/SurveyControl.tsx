import { useTranslation } from 'react-i18next';
import { useThrottledValue } from '../../hooks/useThrottledValue';

const ANNOUNCE_EVERY_MS = 10000;

interface SurveyControlProps {
  open: boolean;
  respondents: number;
  /** Staff who may open and close the survey; others see its state. */
  canControl: boolean;
  busy: boolean;
  onSetOpen: (open: boolean) => void;
}

/** Opens and closes the satisfaction survey on every attendee's phone, and counts who answered. */
export function SurveyControl({ open, respondents, canControl, busy, onSetOpen }: SurveyControlProps) {
  const { t } = useTranslation();
  const spoken = useThrottledValue(t('survey.respondentsSpoken', { count: respondents }), ANNOUNCE_EVERY_MS);
  return (
    <div className="survey-control">
      <p className="survey-control__state" data-testid="survey-state" data-open={open}>
        <span className={open ? 'badge badge--survey-open' : 'badge badge--survey-closed'}>
          <span aria-hidden="true">{open ? '● ' : '○ '}</span>
          {open ? t('survey.isOpen') : t('survey.isClosed')}
        </span>{' '}
        {open ? t('survey.openExplain') : t('survey.closedExplain')}
      </p>
      <p className="survey-control__respondents">
        <strong className="survey-control__count" data-testid="survey-respondents">
          {respondents}
        </strong>{' '}
        {t('survey.respondents', { count: respondents })}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
      {canControl ? (
        <button
          type="button"
          className={open ? 'button button--reject button--large' : 'button button--primary button--large'}
          data-testid="survey-toggle"
          disabled={busy}
          onClick={() => onSetOpen(!open)}
        >
          {open ? t('survey.close') : t('survey.open')}
        </button>
      ) : (
        <p className="muted">{t('survey.cannotControl')}</p>
      )}
    </div>
  );
}
