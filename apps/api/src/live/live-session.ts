import type { StaffRole } from '@mufakat/contracts';

/** Who a socket is, settled once at the handshake and kept in `socket.data.session`. */
export type LiveSession =
  | { kind: 'attendee'; forumId: string; participantId: string; name: string }
  | { kind: 'projector'; forumId: string }
  | { kind: 'staff'; forumId: string; userId: string; name: string; role: StaffRole };

export interface LiveSocketData {
  session: LiveSession;
}
