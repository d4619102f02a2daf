import { hashAttendeeToken, isSignedAttendeeToken, newAttendeeToken, participantOfSignedToken, signAttendeeToken } from './attendee-token';

const secret = 'a-session-secret-of-at-least-32-characters';
const forumId = '3b0c8f6e-1d2a-4c5b-9e8f-0a1b2c3d4e5f';
const otherForumId = '7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a';
const participantId = '0f1e2d3c-4b5a-4968-8776-655443322110';

describe('attendee tokens', () => {
  it('names the participant of a token signed for this forum', () => {
    const token = signAttendeeToken(secret, forumId, participantId);
    expect(isSignedAttendeeToken(token)).toBe(true);
    expect(participantOfSignedToken(secret, forumId, token)).toBe(participantId);
  });

  it('refuses a tampered token', () => {
    const token = signAttendeeToken(secret, forumId, participantId);
    const otherParticipant = '1f1e2d3c-4b5a-4968-8776-655443322110';
    expect(participantOfSignedToken(secret, forumId, token.replace(participantId, otherParticipant))).toBeNull();
    const mac = token.slice(token.lastIndexOf('.') + 1);
    const flipped = (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1);
    expect(participantOfSignedToken(secret, forumId, token.slice(0, token.lastIndexOf('.') + 1) + flipped)).toBeNull();
    expect(participantOfSignedToken(secret, forumId, `${token}x`)).toBeNull();
    expect(participantOfSignedToken(secret, forumId, 'a1.not-a-uuid.abc')).toBeNull();
    expect(participantOfSignedToken(secret, forumId, 'a1.')).toBeNull();
  });

  it('refuses a token of another forum or signed with another secret', () => {
    const token = signAttendeeToken(secret, forumId, participantId);
    expect(participantOfSignedToken(secret, otherForumId, token)).toBeNull();
    expect(participantOfSignedToken(`${secret}-rotated`, forumId, token)).toBeNull();
  });

  it('tells the older random tokens apart, which are looked up by their hash', () => {
    const old = newAttendeeToken();
    expect(isSignedAttendeeToken(old)).toBe(false);
    expect(participantOfSignedToken(secret, forumId, old)).toBeNull();
    expect(hashAttendeeToken(old)).toMatch(/^[0-9a-f]{64}$/);
  });
});
