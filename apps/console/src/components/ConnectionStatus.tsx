import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '@mufakat/client';

interface ConnectionStatusProps {
  connection: ConnectionState;
  testId: string;
  className?: string;
}

/** A polite live region: moderators hear when the link drops and when it is back. */
export function ConnectionStatus({ connection, testId, className = 'connection' }: ConnectionStatusProps) {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite" className={`${className} ${className}--${connection}`} data-testid={testId} data-state={connection}>
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${connection}`)}
    </p>
  );
}
