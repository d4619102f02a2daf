"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIMITS = exports.MODERATION_DECISIONS = exports.QUESTION_STATUSES = exports.FORUM_STATUSES = exports.STAFF_ROLES = exports.ATTENDANCE_MODES = exports.STAKEHOLDER_CATEGORIES = void 0;
/** Stakeholder categories named by the FKP guideline (PermenPAN-RB 16/2017). */
exports.STAKEHOLDER_CATEGORIES = [
    'service_user',
    'service_provider',
    'academic',
    'civil_society',
    'community_figure',
    'media',
    'government',
    'other',
];
exports.ATTENDANCE_MODES = ['room', 'online'];
/** Forum-scoped staff roles; the organiser may do everything a moderator or facilitator may. */
exports.STAFF_ROLES = ['organiser', 'moderator', 'facilitator'];
exports.FORUM_STATUSES = ['draft', 'published'];
exports.QUESTION_STATUSES = ['pending', 'approved', 'rejected'];
exports.MODERATION_DECISIONS = ['approve', 'reject'];
/** Input limits, enforced by the server's DTOs and mirrored by the clients' forms. */
exports.LIMITS = {
    questionText: 2000,
    name: 120,
    institution: 160,
    forumTitle: 200,
    forumText: 2000,
    agendaTitle: 200,
    agendaItems: 50,
    plannedMinutes: 600,
    password: { min: 8, max: 128 },
    email: 254,
};
//# sourceMappingURL=domain.js.map