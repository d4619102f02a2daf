import type { ErrorCode, ErrorReason } from '@mufakat/contracts';
import { DomainError } from './domain-error';

/** Each known failure's code and English message; the clients show their own text for the reason. */
export const KNOWN_ERRORS: Record<ErrorReason, { code: ErrorCode; message: string }> = {
  wrongCredentials: { code: 'UNAUTHENTICATED', message: 'Wrong email or password' },
  loginRequired: { code: 'UNAUTHENTICATED', message: 'Please log in' },
  currentPasswordWrong: { code: 'VALIDATION_FAILED', message: 'The current password is not right' },
  passwordUnchanged: { code: 'VALIDATION_FAILED', message: 'The new password is the current one' },
  roleForbidden: { code: 'FORBIDDEN', message: 'Your role may not do this' },
  forumNotFound: { code: 'NOT_FOUND', message: 'Forum not found' },
  forumAlreadyPublished: { code: 'INVALID_STATE', message: 'The forum is already published' },
  noStaffAccount: { code: 'NOT_FOUND', message: 'No staff account with this email; ask them to sign up first' },
  organiserKeepsRole: { code: 'CONFLICT', message: 'The organiser keeps the organiser role' },
  organiserNotRemovable: { code: 'CONFLICT', message: 'The organiser cannot be removed from the forum' },
  notForumMember: { code: 'NOT_FOUND', message: 'This person is not staff of the forum' },
  notForumStaff: { code: 'FORBIDDEN', message: 'You are not staff of this forum' },
  attendeesOnly: { code: 'FORBIDDEN', message: 'Only attendees may do this' },
  staffOnly: { code: 'FORBIDDEN', message: 'Only forum staff may do this' },
  unknownAttendee: { code: 'UNAUTHENTICATED', message: 'Unknown attendee token; please register again' },
  invalidProjectorLink: { code: 'FORBIDDEN', message: 'Invalid projector link' },
  agendaItemNotFound: { code: 'NOT_FOUND', message: 'That agenda item is not part of this forum' },
  agendaItemNotRunning: { code: 'INVALID_STATE', message: 'Only the running item can be ended' },
  questionNotFound: { code: 'NOT_FOUND', message: 'Question not found' },
  questionEmpty: { code: 'VALIDATION_FAILED', message: 'The question is empty' },
  notYourQuestion: { code: 'FORBIDDEN', message: 'This is not your question' },
  questionNoLongerPending: { code: 'INVALID_STATE', message: 'Only a question still waiting for moderation can be changed' },
  pollNotFound: { code: 'NOT_FOUND', message: 'Poll not found' },
  pollNotOpen: { code: 'INVALID_STATE', message: 'The poll is not open' },
  pollClosed: { code: 'INVALID_STATE', message: 'The poll is closed' },
  pollAlreadyAnswered: { code: 'CONFLICT', message: 'You have already answered this poll' },
  pollNotDraft: { code: 'INVALID_STATE', message: 'Only a draft poll can be changed' },
  consensusNotFound: { code: 'NOT_FOUND', message: 'Consensus item not found' },
  consensusLocked: { code: 'INVALID_STATE', message: 'An approved item is locked' },
  consensusNotOpen: { code: 'INVALID_STATE', message: 'The item is not open for signals' },
  surveyNotOpen: { code: 'INVALID_STATE', message: 'The survey is not open' },
  joinCodeUnknown: { code: 'NOT_FOUND', message: 'No published forum has this join code' },
  registrationNameInvalid: { code: 'VALIDATION_FAILED', message: 'The name is missing or too long' },
  registrationInstitutionInvalid: { code: 'VALIDATION_FAILED', message: 'The institution is missing or too long' },
  registrationChoiceInvalid: { code: 'VALIDATION_FAILED', message: 'The stakeholder category or attendance mode is not one of the choices' },
  deviceKeyInvalid: { code: 'VALIDATION_FAILED', message: 'The device key is not valid' },
  registrationLimitAddress: { code: 'RATE_LIMITED', message: 'Too many registrations from this network address' },
  registrationLimitForum: { code: 'RATE_LIMITED', message: 'Too many registrations to this forum just now' },
  attendeeVoided: { code: 'FORBIDDEN', message: 'This attendee was voided by the forum staff and cannot take part' },
  participantNotFound: { code: 'NOT_FOUND', message: 'Attendee not found' },
  checkInNotOpen: { code: 'INVALID_STATE', message: 'Check-in is off' },
  checkInCodeWrong: { code: 'VALIDATION_FAILED', message: 'That is not the code on the screen; check it and try again' },
  checkInCodeExpired: { code: 'VALIDATION_FAILED', message: 'That code has been replaced; type the one on the screen now' },
  checkInTooManyTries: { code: 'RATE_LIMITED', message: 'Too many check-in attempts' },
};

/** A known failure: its code, its reason and the English message (more precise wording may be passed). */
export function knownError(reason: ErrorReason, options: { message?: string; details?: string[]; retryAfterMs?: number } = {}): DomainError {
  const known = KNOWN_ERRORS[reason];
  return new DomainError(known.code, options.message ?? known.message, options.details, options.retryAfterMs, reason);
}
