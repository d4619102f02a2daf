"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.webPaths = exports.apiPaths = void 0;
/** REST paths, so neither side spells a URL by hand. */
exports.apiPaths = {
    signup: '/api/auth/signup',
    login: '/api/auth/login',
    logout: '/api/auth/logout',
    me: '/api/auth/me',
    forums: '/api/forums',
    forum: (forumId) => `/api/forums/${encodeURIComponent(forumId)}`,
    publishForum: (forumId) => `/api/forums/${encodeURIComponent(forumId)}/publish`,
    forumMembers: (forumId) => `/api/forums/${encodeURIComponent(forumId)}/members`,
    joinInfo: (code) => `/api/join/${encodeURIComponent(code)}`,
    joinQrSvg: (code) => `/api/join/${encodeURIComponent(code)}/qr.svg`,
    joinQrPng: (code) => `/api/join/${encodeURIComponent(code)}/qr.png`,
    registerParticipant: (code) => `/api/join/${encodeURIComponent(code)}/participants`,
    health: '/health',
};
/** Browser routes of the two web apps, used in links and QR codes. */
exports.webPaths = {
    join: (code) => `/j/${encodeURIComponent(code)}`,
    console: '/console/',
    projector: (forumId, key) => `/console/projector/${encodeURIComponent(forumId)}?key=${encodeURIComponent(key)}`,
};
//# sourceMappingURL=rest.js.map