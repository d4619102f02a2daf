import type { RegisterParticipantResponse, StaffRole } from '@mufakat/contracts';

/** Who a socket is, settled at the handshake and kept in `socket.data.session`; staff are checked again on every event. */
export type LiveSession =
  /** No name: a signed token's handshake reads nothing; the snapshot reads it with the attendee's own state. */
  | { kind: 'attendee'; forumId: string; participantId: string }
  | { kind: 'projector'; forumId: string }
  /** `sessionId` is the staff session (cookie) the socket was opened with; the socket lives only as long as it. */
  | { kind: 'staff'; forumId: string; userId: string; name: string; role: StaffRole; sessionId: string };

export interface LiveSocketData {
  session: LiveSession;
  /** Set by a registration in the handshake until the socket has been told it (LiveGateway.handleConnection). */
  registered?: RegisterParticipantResponse;
}
