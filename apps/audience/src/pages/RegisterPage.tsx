import { useState } from 'react';
import { apiFetch } from '@mufakat/client';
import { apiPaths, type JoinInfo, type RegisterParticipantRequest, type RegisterParticipantResponse } from '@mufakat/contracts';
import { ForumHeading } from '../components/ForumHeading';
import { RegistrationForm, type FormFailure } from '../components/RegistrationForm';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage, toApiError } from '../lib/error-message';

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
      onRegistered(await apiFetch<RegisterParticipantResponse>(apiPaths.registerParticipant(info.joinCode), { body: request }));
    } catch (caught) {
      const error = toApiError(caught);
      // Field messages speak for themselves; a lone English "Validation failed" above them would not.
      const message =
        error.code === 'VALIDATION_FAILED' && error.details.length > 0 ? t('register.check') : t('register.failed', { message: errorMessage(error, t) });
      setFailure({ message, details: error.details });
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
