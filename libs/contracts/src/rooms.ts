/** Everyone connected to a forum: attendees, projector and staff. */
export const forumRoom = (forumId: string): string => `forum:${forumId}`;

/** Staff of one forum: moderation traffic never leaves this room. */
export const forumStaffRoom = (forumId: string): string => `forum:${forumId}:staff`;

/** One attendee's own sockets (several tabs or devices share it). */
export const participantRoom = (participantId: string): string => `participant:${participantId}`;

/** Projector screens of one forum: ephemeral effects (reactions) go here and to staff, not to every phone. */
export const forumProjectorRoom = (forumId: string): string => `forum:${forumId}:projector`;
