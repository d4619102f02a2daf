import { useState } from 'react';
import { apiFetch } from '@mufakat/client';
import { apiPaths, type JoinInfo, type RegisterParticipantRequest, type RegisterParticipantResponse } from '@mufakat/contracts';
import { ForumHeading } from '../components/ForumHeading';
import { RegistrationForm, type FormFailure } from '../components/RegistrationForm';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage, toApiError } from '../lib/error-message';
import { registrationRefusal } from '../lib/registration';
import { deviceKey } from '../lib/token-storage';

interface Props {
  info: JoinInfo;
  /** The server refused the token this device had kept. */
  expired: boolean;
  onRegistered: (response: RegisterParticipantResponse) => void;
}

export function RegisterPage({ info, expired, onRegistered }: Props) {
  const { t } = useTranslation();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);

  const register = async (request: RegisterParticipantRequest) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const key = deviceKey();
      const body: RegisterParticipantRequest = key ? { ...request, deviceKey: key } : request;
      onRegistered(await apiFetch<RegisterParticipantResponse>(apiPaths.registerParticipant(info.joinCode), { body }));
    } catch (caught) {
      const error = toApiError(caught);
      const refusal = registrationRefusal(error);
      // Field messages speak for themselves; a lone English "Validation failed" above them would not.
      const message = refusal
        ? t(refusal.key, refusal.key === 'register.tooMany' ? { seconds: refusal.seconds } : {})
        : error.code === 'VALIDATION_FAILED' && error.details.length > 0
          ? t('register.check')
          : t('register.failed', { message: errorMessage(error, t) });
      setFailure({ message, details: refusal ? [] : error.details });
      setSubmitting(false);
    }
  };

  return (
    <>
      <ForumHeading forum={info} />
      {expired && (
        <p className="notice" role="alert" data-testid="registration-expired">
          {t('register.expired')}
        </p>
      )}
      <RegistrationForm submitting={submitting} failure={failure} onRegister={(request) => void register(request)} />
    </>
  );
}
