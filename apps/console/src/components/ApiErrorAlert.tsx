import { useTranslation } from 'react-i18next';
import { serverErrorDetail, type ApiError } from '@mufakat/client';

interface ApiErrorAlertProps {
  error: ApiError | null;
  testId?: string;
  title?: string;
  /** The caller's own words for the failure, already in the reader's language. */
  message?: string;
}

/** A failed request: what kind of failure, its reason in the user's language, and its field-level details. */
export function ApiErrorAlert({ error, testId, title, message }: ApiErrorAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  // With a title of its own the alert still names the kind of failure.
  const detail = message ?? serverErrorDetail(error, t, i18n.language) ?? (title ? t(`errorCodes.${error.code}`) : null);
  return (
    <div role="alert" className="alert alert--error" data-testid={testId}>
      <p className="alert__title">{title ?? t(`errorCodes.${error.code}`)}</p>
      {detail && <p>{detail}</p>}
      {error.details.length > 0 && (
        <ul>
          {error.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
