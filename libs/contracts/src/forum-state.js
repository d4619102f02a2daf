"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rankQuestions = rankQuestions;
exports.applyForumChange = applyForumChange;
/** Most upvoted first; ties keep the order they were asked in. */
function rankQuestions(questions) {
    return [...questions].sort((a, b) => b.upvotes - a.upvotes || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
/** Applies one numbered change to a snapshot, or says that a change was missed. */
function applyForumChange(state, change) {
    if (change.stream === 'public') {
        if (change.seq <= state.seq)
            return { kind: 'stale', state };
        if (change.seq !== state.seq + 1)
            return { kind: 'gap', state };
        return { kind: 'applied', state: { ...applyPublic(state, change.change), seq: change.seq } };
    }
    if (!state.staff)
        return { kind: 'stale', state };
    if (change.seq <= state.staff.seq)
        return { kind: 'stale', state };
    if (change.seq !== state.staff.seq + 1)
        return { kind: 'gap', state };
    return { kind: 'applied', state: { ...state, staff: { ...applyStaff(state.staff, change.change), seq: change.seq } } };
}
function applyPublic(state, change) {
    switch (change.type) {
        case 'attendance.counted':
            return { ...state, attendance: change.attendance };
        case 'agenda.current':
            return { ...state, currentAgendaItemId: change.currentAgendaItemId };
        case 'question.published': {
            const others = state.questions.filter((q) => q.id !== change.question.id);
            return { ...state, questions: rankQuestions([...others, change.question]) };
        }
        case 'tallies': {
            const questions = state.questions.map((q) => q.id in change.upvotes ? { ...q, upvotes: change.upvotes[q.id] } : q);
            return { ...state, questions: rankQuestions(questions) };
        }
    }
}
function applyStaff(staff, change) {
    switch (change.type) {
        case 'question.submitted':
            return {
                ...staff,
                pendingQuestions: [...staff.pendingQuestions.filter((q) => q.id !== change.question.id), change.question],
            };
        case 'question.moderated':
            return { ...staff, pendingQuestions: staff.pendingQuestions.filter((q) => q.id !== change.questionId) };
        case 'participant.joined':
            return {
                ...staff,
                participants: [...staff.participants.filter((p) => p.id !== change.participant.id), change.participant],
            };
    }
}
//# sourceMappingURL=forum-state.js.map