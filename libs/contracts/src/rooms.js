"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.participantRoom = exports.forumStaffRoom = exports.forumRoom = void 0;
/** Everyone connected to a forum: attendees, projector and staff. */
const forumRoom = (forumId) => `forum:${forumId}`;
exports.forumRoom = forumRoom;
/** Staff of one forum: moderation traffic never leaves this room. */
const forumStaffRoom = (forumId) => `forum:${forumId}:staff`;
exports.forumStaffRoom = forumStaffRoom;
/** One attendee's own sockets (several tabs or devices share it). */
const participantRoom = (participantId) => `participant:${participantId}`;
exports.participantRoom = participantRoom;
//# sourceMappingURL=rooms.js.map