import { useState } from 'react';
import { apiFetch, type ApiError } from '@mufakat/client';
import { apiPaths, type JoinInfo, type RegisterParticipantRequest, type RegisterParticipantResponse } from '@mufakat/contracts';
import { ForumHeading } from '../components/ForumHeading';
import { RegistrationForm } from '../components/RegistrationForm';
import { useTranslation } from '../i18n/useTranslation';
import { loadErrorWords, toApiError } from '../lib/error-message';
import { registrationFailure } from '../lib/registration';
import { deviceKey } from '../lib/token-storage';
import { prefetchLiveForum } from './live-forum-loader';

interface Props {
  info: JoinInfo;
  /** The server refused the token this device had kept. */
  expired: boolean;
  onRegistered: (response: RegisterParticipantResponse) => void;
}

export function RegisterPage({ info, expired, onRegistered }: Props) {
  const { t } = useTranslation();
  const [submitting, setSubmitting] = useState(false);
  // The refusal itself, worded at each render: in the language shown, and with the reasons' words once loaded.
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const register = async (request: RegisterParticipantRequest) => {
    setSubmitting(true);
    setRefusal(null);
    try {
      const key = deviceKey();
      const body: RegisterParticipantRequest = key ? { ...request, deviceKey: key } : request;
      onRegistered(await apiFetch<RegisterParticipantResponse>(apiPaths.registerParticipant(info.joinCode), { body }));
    } catch (caught) {
      const error = toApiError(caught);
      // Said in its own words at once, not in its code's first.
      await loadErrorWords();
      setRefusal(error);
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
      {/* The live forum's code is fetched while the attendee fills the form in, not after they submit it. */}
      <RegistrationForm
        submitting={submitting}
        failure={refusal && registrationFailure(refusal, t)}
        onStart={prefetchLiveForum}
        onRegister={(request) => void register(request)}
      />
    </>
  );
}
