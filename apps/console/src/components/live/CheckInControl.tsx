import { useTranslation } from 'react-i18next';

interface CheckInControlProps {
  enabled: boolean;
  /** Attendees checked in or confirmed; shown while check-in is on. */
  verified: number | undefined;
  total: number;
  canControl: boolean;
  busy: boolean;
  onSetEnabled: (enabled: boolean) => void;
}

/** Room check-in: on, the projector shows a changing code that attendees in the room type on their phones. */
export function CheckInControl({ enabled, verified, total, canControl, busy, onSetEnabled }: CheckInControlProps) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="check-in-heading" data-testid="check-in-control">
      <h3 id="check-in-heading">{t('checkIn.heading')}</h3>
      <p className="field__hint">{t('checkIn.intro')}</p>
      {enabled && <p data-testid="check-in-verified">{t('checkIn.verifiedCount', { verified: verified ?? 0, total })}</p>}
      {canControl ? (
        <button
          type="button"
          className={enabled ? 'button' : 'button button--primary'}
          aria-pressed={enabled}
          disabled={busy}
          data-testid="check-in-toggle"
          onClick={() => onSetEnabled(!enabled)}
        >
          {t(enabled ? 'checkIn.turnOff' : 'checkIn.turnOn')}
        </button>
      ) : (
        <p>{t(enabled ? 'checkIn.isOn' : 'checkIn.isOff')}</p>
      )}
    </section>
  );
}
