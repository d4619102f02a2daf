"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LiveEvent = void 0;
/** Event names, in one place so a rename breaks both ends at build time. */
exports.LiveEvent = {
    sync: 'forum:sync',
    changed: 'forum:changed',
    myQuestion: 'me:question',
    ask: 'question:ask',
    upvote: 'question:upvote',
    moderate: 'question:moderate',
    setCurrentAgenda: 'agenda:set-current',
};
//# sourceMappingURL=live.js.map