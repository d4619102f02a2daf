import { useTranslation } from 'react-i18next';
import { serverErrorDetail } from '@mufakat/client';
import type { ShownAckError } from '../hooks/useAckErrors';

interface AckErrorListProps {
  errors: ShownAckError[];
  onDismiss: () => void;
}

/** The region stays in the page so screen readers reliably announce what is added to it. */
export function AckErrorList({ errors, onDismiss }: AckErrorListProps) {
  const { t, i18n } = useTranslation();
  return (
    <div role="alert" className={errors.length > 0 ? 'alert alert--error ack-errors' : 'ack-errors'}>
      {errors.length > 0 && (
        <div data-testid="ack-error">
          <ul className="ack-errors__list">
            {errors.map((error) => (
              <li key={error.id}>
                <strong>{t(`errorCodes.${error.code}`)}</strong> {serverErrorDetail(error, t, i18n.language)}
              </li>
            ))}
          </ul>
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            {t('live.dismissErrors')}
          </button>
        </div>
      )}
    </div>
  );
}
