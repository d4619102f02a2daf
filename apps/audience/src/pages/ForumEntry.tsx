import { useState } from 'react';
import type { LiveForumClient } from '@mufakat/client';
import type { JoinInfo } from '@mufakat/contracts';
import { LazyPage } from '../components/LazyPage';
import { forgetAttendeeToken, readAttendeeToken, saveAttendeeToken } from '../lib/token-storage';
import { loadLiveForumPage } from './live-forum-loader';
import { RegisterPage, type LiveRegistration } from './RegisterPage';

/** The attendee's token, and the client their registration opened (none when the token was kept from before). */
type Attendee = { token: string; client: LiveForumClient | null };

/** Registered on this device already? Then straight to the live forum; otherwise the form first. */
export function ForumEntry({ info }: { info: JoinInfo }) {
  const [attendee, setAttendee] = useState<Attendee | null>(() => {
    const token = readAttendeeToken(info.forumId);
    return token ? { token, client: null } : null;
  });
  const [expired, setExpired] = useState(false);

  const registered = ({ registration, client }: LiveRegistration) => {
    saveAttendeeToken(registration.forumId, registration.attendeeToken);
    setExpired(false);
    setAttendee({ token: registration.attendeeToken, client });
  };
  const rejected = () => {
    forgetAttendeeToken(info.forumId);
    setAttendee(null);
    setExpired(true);
  };

  return attendee ? (
    <LazyPage load={loadLiveForumPage} props={{ info, attendeeToken: attendee.token, client: attendee.client, onRejected: rejected }} />
  ) : (
    <RegisterPage info={info} expired={expired} onRegistered={registered} />
  );
}
