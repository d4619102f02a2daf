import { useState } from 'react';
import type { ApiError, LiveForumClient } from '@mufakat/client';
import type { JoinInfo, RegisterParticipantRequest, RegisterParticipantResponse } from '@mufakat/contracts';
import { ForumHeading } from '../components/ForumHeading';
import { RegistrationForm } from '../components/RegistrationForm';
import { useTranslation } from '../i18n/useTranslation';
import { loadErrorWords, toApiError } from '../lib/error-message';
import { registrationFailure } from '../lib/registration';
import { deviceKey } from '../lib/token-storage';
import { loadLiveRegistration, prefetchLiveForum } from './live-forum-loader';

/** A registration the server confirmed, and the live forum's client it came over (already connected). */
export interface LiveRegistration {
  registration: RegisterParticipantResponse;
  client: LiveForumClient;
}

interface Props {
  info: JoinInfo;
  /** The server refused the token this device had kept. */
  expired: boolean;
  onRegistered: (registered: LiveRegistration) => void;
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
      const registration: RegisterParticipantRequest = key ? { ...request, deviceKey: key } : request;
      // Over the live forum's socket, which stays open for the forum: one connection per phone.
      const registerLive = await loadLiveRegistration();
      onRegistered(await registerLive({ forumId: info.forumId, joinCode: info.joinCode, registration }));
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
