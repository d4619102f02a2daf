import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';

interface ApiErrorAlertProps {
  error: ApiError | null;
  testId?: string;
  title?: string;
}

/** A failed request: what kind of failure, the server's message, and its field-level details. */
export function ApiErrorAlert({ error, testId, title }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="alert alert--error" data-testid={testId}>
      <p className="alert__title">{title ?? t(`errorCodes.${error.code}`)}</p>
      {error.message && <p>{error.message}</p>}
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
