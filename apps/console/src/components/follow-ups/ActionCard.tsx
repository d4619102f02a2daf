import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import { ACCOUNTABILITY_LIMITS, EVIDENCE_MIME_TYPES, type BoardActionView, type PostActionUpdateRequest } from '@mufakat/contracts';
import { formatCalendarDate, formatDateTime } from '../../lib/datetime';
import { timelinessTone, validateUpdate, type UpdateErrors } from '../../lib/follow-ups';
import type { FieldError } from '../../lib/validation';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { FieldErrorText } from '../FieldErrorText';

interface ActionCardProps {
  action: BoardActionView;
  canUpdate: boolean;
  busy: boolean;
  error: ApiError | null;
  onUpdate: (action: BoardActionView, update: PostActionUpdateRequest, files: File[]) => Promise<boolean>;
  onDrop: (action: BoardActionView, reason: string) => Promise<boolean>;
}

/** One action on the board: where it stands, its history with evidence, and (for officers) an update or a drop. */
export function ActionCard({ action, canUpdate, busy, error, onUpdate, onDrop }: ActionCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <li className="card follow-up" data-testid="follow-up-action" aria-labelledby={headingId}>
      <h3 id={headingId} className="follow-up__title">
        {t('followUps.itemLabel', { number: action.itemNumber })}: {action.action}
      </h3>
      <p className="muted">
        {action.forumTitle} · {action.itemText}
      </p>
      <dl className="follow-up__facts">
        <dt>{t('followUps.responsibleUnit')}</dt>
        <dd>{action.responsibleUnit}</dd>
        <dt>{t('followUps.deadline')}</dt>
        <dd>{action.deadline ? formatCalendarDate(action.deadline, i18n.language) : (action.timeFrame ?? t('followUps.noDeadline'))}</dd>
        <dt>{t('followUps.status')}</dt>
        <dd>
          <span className="badge" data-testid="follow-up-status">
            {t(`followUpStatus.${action.status}`)}
          </span>{' '}
          <span className={`badge badge--${timelinessTone(action.timeliness)}`} data-testid="follow-up-timeliness">
            {t(`followUps.timeliness.${action.timeliness}`)}
          </span>
        </dd>
        <dt>{t('followUps.progress')}</dt>
        <dd>
          <progress max={100} value={action.progress} aria-label={t('followUps.progress')} /> {action.progress}%
        </dd>
        {action.droppedReason && (
          <>
            <dt>{t('followUps.droppedReason')}</dt>
            <dd>{action.droppedReason}</dd>
          </>
        )}
      </dl>
      <details className="follow-up__history">
        <summary>{t('followUps.history', { count: action.updates.length })}</summary>
        {action.updates.length === 0 ? (
          <p className="empty">{t('followUps.noUpdates')}</p>
        ) : (
          <ol className="follow-up__updates">
            {action.updates.map((update) => (
              <li key={update.id} data-testid="follow-up-update">
                <p>
                  <strong>{formatDateTime(update.at, i18n.language)}</strong> · {t(`followUpStatus.${update.status}`)} · {update.progress}%
                  {update.authorName ? ` · ${update.authorName}` : ''}
                </p>
                {update.note && <p>{update.note}</p>}
                {update.evidence.length > 0 && (
                  <ul className="follow-up__evidence">
                    {update.evidence.map((file) => (
                      <li key={file.id}>
                        <a href={file.url} target="_blank" rel="noreferrer">
                          {file.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </details>
      <ApiErrorAlert error={error} testId="follow-up-error" />
      {canUpdate && action.status !== 'dropped' && (
        <>
          <UpdateForm action={action} busy={busy} onUpdate={onUpdate} />
          <DropForm action={action} busy={busy} onDrop={onDrop} />
        </>
      )}
    </li>
  );
}

function UpdateForm({ action, busy, onUpdate }: Pick<ActionCardProps, 'action' | 'busy' | 'onUpdate'>) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<PostActionUpdateRequest['status']>(action.status === 'dropped' ? 'planned' : action.status);
  const [progress, setProgress] = useState(String(action.progress));
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<UpdateErrors>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateUpdate(progress, note, files);
    setErrors(problems);
    if (problems.progress || problems.note || problems.files) return;
    if (await onUpdate(action, { status, progress: Number(progress), note: note.trim() }, files)) {
      setNote('');
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const described = (name: string, error: FieldError | undefined, hint?: boolean) =>
    [hint ? `${id}-${name}-hint` : null, error ? `${id}-${name}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form follow-up__form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-label={t('followUps.updateHeading')}>
      <h4>{t('followUps.updateHeading')}</h4>
      <div className="field field--short">
        <label htmlFor={`${id}-status`}>{t('followUps.status')}</label>
        <select id={`${id}-status`} value={status} data-testid="update-status" onChange={(event) => setStatus(event.target.value as typeof status)}>
          {(['planned', 'in_progress', 'done'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`followUpStatus.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={errors.progress ? 'field field--short field--invalid' : 'field field--short'}>
        <label htmlFor={`${id}-progress`}>{t('followUps.progressPercent')}</label>
        <input
          id={`${id}-progress`}
          inputMode="numeric"
          value={progress}
          data-testid="update-progress"
          aria-invalid={errors.progress ? true : undefined}
          aria-describedby={described('progress', errors.progress)}
          onChange={(event) => setProgress(event.target.value)}
        />
        <FieldErrorText id={`${id}-progress-error`} error={errors.progress} />
      </div>
      <div className={errors.note ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-note`}>{t('followUps.note')}</label>
        <textarea
          id={`${id}-note`}
          value={note}
          rows={3}
          maxLength={ACCOUNTABILITY_LIMITS.note + 20}
          data-testid="update-note"
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={described('note', errors.note)}
          onChange={(event) => setNote(event.target.value)}
        />
        <FieldErrorText id={`${id}-note-error`} error={errors.note} />
      </div>
      <div className={errors.files ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-files`}>{t('followUps.evidence')}</label>
        <p id={`${id}-files-hint`} className="field__hint">
          {t('followUps.evidenceHint', { max: ACCOUNTABILITY_LIMITS.evidencePerUpdate, size: ACCOUNTABILITY_LIMITS.evidenceBytes / (1024 * 1024) })}
        </p>
        <input
          ref={fileInput}
          id={`${id}-files`}
          type="file"
          multiple
          accept={EVIDENCE_MIME_TYPES.join(',')}
          data-testid="update-files"
          aria-invalid={errors.files ? true : undefined}
          aria-describedby={described('files', errors.files, true)}
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
        <FieldErrorText id={`${id}-files-error`} error={errors.files} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid="update-submit" disabled={busy}>
          {t('followUps.postUpdate')}
        </button>
      </div>
    </form>
  );
}

function DropForm({ action, busy, onDrop }: Pick<ActionCardProps, 'action' | 'busy' | 'onDrop'>) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<FieldError | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const problem: FieldError | undefined = !trimmed
      ? { key: 'required' }
      : trimmed.length > ACCOUNTABILITY_LIMITS.droppedReason
        ? { key: 'tooLong', values: { max: ACCOUNTABILITY_LIMITS.droppedReason } }
        : undefined;
    setError(problem);
    if (!problem && (await onDrop(action, trimmed))) setReason('');
  };
  return (
    <details className="follow-up__drop">
      <summary>{t('followUps.dropHeading')}</summary>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <div className={error ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-reason`}>{t('followUps.dropReason')}</label>
          <input
            id={`${id}-reason`}
            value={reason}
            data-testid="drop-reason"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-reason-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          <FieldErrorText id={`${id}-reason-error`} error={error} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--reject" data-testid="drop-submit" disabled={busy}>
            {t('followUps.drop')}
          </button>
        </div>
      </form>
    </details>
  );
}
