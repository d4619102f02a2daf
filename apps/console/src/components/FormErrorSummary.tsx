import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrorDetail, type ApiError } from '@mufakat/client';
import { hasErrors, type ForumFormErrors } from '../lib/forum-form';
import type { FieldError } from '../lib/validation';

interface FormErrorSummaryProps {
  errors: ForumFormErrors | null;
  serverError: ApiError | null;
  ref?: Ref<HTMLDivElement>;
}

/** One place that lists what stops the form, whether the browser or the api found it. */
export function FormErrorSummary({ errors, serverError, ref }: FormErrorSummaryProps) {
  const { t, i18n } = useTranslation();
  const message = (error: FieldError) => t(`validation.${error.key}`, error.values ?? {});
  const lines: string[] = [];
  if (errors && hasErrors(errors)) {
    for (const [field, error] of Object.entries(errors.fields)) {
      if (error) lines.push(`${t(`forumForm.fields.${field}`)}: ${message(error)}`);
    }
    errors.agenda.forEach((row, index) => {
      const number = index + 1;
      if (row.title) lines.push(`${t('forumForm.agendaTitle', { number })}: ${message(row.title)}`);
      if (row.minutes) lines.push(`${t('forumForm.agendaMinutes', { number })}: ${message(row.minutes)}`);
    });
  }
  const show = lines.length > 0 || serverError !== null;
  const serverDetail = serverError && serverErrorDetail(serverError, t, i18n.language);
  return (
    <div ref={ref} tabIndex={-1} className="form-error-slot">
      {show && (
        <div role="alert" className="alert alert--error" data-testid="form-error">
          <p className="alert__title">{serverError ? t(`errorCodes.${serverError.code}`) : t('forumForm.fixErrors', { count: lines.length })}</p>
          {serverDetail && <p>{serverDetail}</p>}
          {(lines.length > 0 || (serverError?.details.length ?? 0) > 0) && (
            <ul>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
              {serverError?.details.map((detail) => (
                <li key={`server-${detail}`}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
