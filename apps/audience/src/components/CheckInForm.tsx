import { useState, type FormEvent } from 'react';
import { CHECK_IN, normaliseCheckInCode, type AckError } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';

interface Props {
  verified: boolean;
  onCheckIn: (code: string) => Promise<AckError | null>;
}

/** With check-in on: the attendee in the room types the code on the projector screen; once verified, says so. */
export function CheckInForm({ verified, onCheckIn }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  // What went wrong, worded at each render (in the language shown): a code of the wrong shape, or the server's refusal.
  const [refusal, setRefusal] = useState<AckError | 'format' | null>(null);
  const problem =
    refusal === 'format'
      ? t('checkIn.format', { digits: CHECK_IN.codeDigits })
      : refusal && (refusal.reason ? errorMessage(refusal, t) : t('checkIn.failed', { message: errorMessage(refusal, t) }));

  if (verified) {
    return (
      <p className="notice" role="status" data-testid="check-in-verified">
        {t('checkIn.verified')}
      </p>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const code = normaliseCheckInCode(value);
    if (!code) return setRefusal('format');
    setBusy(true);
    setRefusal(null);
    // A wrong, replaced or too often tried code says so in its own words; anything else as a failed check-in.
    setRefusal(await onCheckIn(code));
    setBusy(false);
  };

  return (
    <form className="check-in" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t('checkIn.heading')}</h2>
      <p>{t('checkIn.explain')}</p>
      <label htmlFor="check-in-code">{t('checkIn.label')}</label>
      <input
        id="check-in-code"
        className="code"
        data-testid="check-in-code"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={CHECK_IN.codeDigits + 2}
        enterKeyHint="done"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'check-in-problem' : undefined}
      />
      {problem && (
        <p id="check-in-problem" className="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy} data-testid="check-in-submit">
        {t('checkIn.submit')}
      </button>
    </form>
  );
}
