import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@mufakat/contracts';
import type { AgendaRowErrors, AgendaRowValues } from '../lib/forum-form';
import { FieldErrorText } from './FieldErrorText';

interface AgendaEditorProps {
  rows: AgendaRowValues[];
  errors: AgendaRowErrors[];
  canAdd: boolean;
  canRemove: boolean;
  onChange: (index: number, patch: Partial<Omit<AgendaRowValues, 'key'>>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function AgendaEditor({ rows, errors, canAdd, canRemove, onChange, onAdd, onRemove }: AgendaEditorProps) {
  const { t } = useTranslation();
  const lastTitle = useRef<HTMLInputElement>(null);
  const previousCount = useRef(rows.length);
  useEffect(() => {
    // A new row is where the organiser types next.
    if (rows.length > previousCount.current) lastTitle.current?.focus();
    previousCount.current = rows.length;
  }, [rows.length]);
  return (
    <fieldset className="agenda-editor">
      <legend>{t('forumForm.agenda')}</legend>
      <p className="field__hint">{t('forumForm.agendaHint')}</p>
      <ol className="agenda-editor__rows">
        {rows.map((row, index) => {
          const titleId = `agenda-${row.key}-title`;
          const minutesId = `agenda-${row.key}-minutes`;
          const rowErrors = errors[index] ?? {};
          const number = index + 1;
          return (
            <li key={row.key} className="agenda-editor__row">
              <div className={rowErrors.title ? 'field field--invalid' : 'field'}>
                <label htmlFor={titleId}>{t('forumForm.agendaTitle', { number })}</label>
                <input
                  ref={index === rows.length - 1 ? lastTitle : undefined}
                  id={titleId}
                  value={row.title}
                  data-testid={`agenda-title-${index}`}
                  required
                  aria-invalid={rowErrors.title ? true : undefined}
                  aria-describedby={rowErrors.title ? `${titleId}-error` : undefined}
                  onChange={(event) => onChange(index, { title: event.target.value })}
                />
                <FieldErrorText id={`${titleId}-error`} error={rowErrors.title} />
              </div>
              <div className={rowErrors.minutes ? 'field field--invalid field--minutes' : 'field field--minutes'}>
                <label htmlFor={minutesId}>{t('forumForm.agendaMinutes', { number })}</label>
                <input
                  id={minutesId}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={LIMITS.plannedMinutes}
                  step={1}
                  value={row.minutes}
                  data-testid={`agenda-minutes-${index}`}
                  required
                  aria-invalid={rowErrors.minutes ? true : undefined}
                  aria-describedby={rowErrors.minutes ? `${minutesId}-error` : undefined}
                  onChange={(event) => onChange(index, { minutes: event.target.value })}
                />
                <FieldErrorText id={`${minutesId}-error`} error={rowErrors.minutes} />
              </div>
              <button
                type="button"
                className="button button--quiet agenda-editor__remove"
                data-testid={`agenda-remove-${index}`}
                disabled={!canRemove}
                onClick={() => onRemove(index)}
              >
                {t('forumForm.agendaRemove', { number })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" data-testid="agenda-add" disabled={!canAdd} onClick={onAdd}>
        {t('forumForm.agendaAdd')}
      </button>
    </fieldset>
  );
}
