import type { ConnectionState } from '@mufakat/client';
import { useTranslation } from '../i18n/useTranslation';

/** The live region stays mounted so that screen readers announce the banner when it appears. */
export function ConnectionBanner({ connection }: { connection: ConnectionState }) {
  const { t } = useTranslation();
  const message = connection === 'connecting' ? t('live.connecting') : connection === 'reconnecting' ? t('live.reconnecting') : '';
  return (
    <div aria-live="polite">
      {message && (
        <p className="banner" data-testid="connection-state" data-state={connection}>
          {message}
        </p>
      )}
    </div>
  );
}
