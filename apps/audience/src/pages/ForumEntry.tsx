import { useState } from 'react';
import type { JoinInfo, RegisterParticipantResponse } from '@mufakat/contracts';
import { LazyPage } from '../components/LazyPage';
import { forgetAttendeeToken, readAttendeeToken, saveAttendeeToken } from '../lib/token-storage';
import { loadLiveForumPage } from './live-forum-loader';
import { RegisterPage } from './RegisterPage';

/** Registered on this device already? Then straight to the live forum; otherwise the form first. */
export function ForumEntry({ info }: { info: JoinInfo }) {
  const [token, setToken] = useState(() => readAttendeeToken(info.forumId));
  const [expired, setExpired] = useState(false);

  const registered = (response: RegisterParticipantResponse) => {
    saveAttendeeToken(response.forumId, response.attendeeToken);
    setExpired(false);
    setToken(response.attendeeToken);
  };
  const rejected = () => {
    forgetAttendeeToken(info.forumId);
    setToken(null);
    setExpired(true);
  };

  return token ? (
    <LazyPage load={loadLiveForumPage} props={{ info, attendeeToken: token, onRejected: rejected }} />
  ) : (
    <RegisterPage info={info} expired={expired} onRegistered={registered} />
  );
}
