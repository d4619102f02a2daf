import { LiveEvent, roleAllows, type ClientEventName, type ForumPermission } from '@mufakat/contracts';
import { FOLLOW_UP, OF_ANOTHER_FORUM, STAFF_OF_THIS_FORUM, type ForumFixture, type Principal } from './forum-fixture';

/**
 * Who may send an event: anyone connected to the forum, its attendees, its projector screen or any of its staff, or
 * staff whose role has the permission.
 */
export type Requirement = 'anyone' | 'attendee' | 'projectorOrStaff' | ForumPermission;

export interface LiveEventSpec {
  requires: Requirement;
  /**
   * The payload names one of this forum's questions, polls, items, agenda items or hand raises. A caller of another
   * forum sending it acts on its own forum otherwise, which is its right; with such a payload it must be refused.
   */
  namesForumData: boolean;
  /** Fields (dotted paths) the contract lets a client leave out. */
  optional: string[];
  /** A valid payload for `actor` on a fresh piece of forum A, made through the api. */
  valid: (fx: ForumFixture, actor: Principal) => Promise<Record<string, unknown>>;
}

type ClientEventKey = { [K in keyof typeof LiveEvent]: (typeof LiveEvent)[K] extends ClientEventName ? K : never }[keyof typeof LiveEvent];

const text = (what: string) => `${what} ${Math.random().toString(36).slice(2, 8)}`;

/** One row per client → server event of the contract; a new event fails the build here until it has a row. */
export const LIVE_EVENTS: Record<ClientEventKey, LiveEventSpec> = {
  sync: { requires: 'anyone', namesForumData: false, optional: ['reason'], valid: async () => ({ reason: 'gap' }) },
  updateSettings: { requires: 'moderateQuestions', namesForumData: false, optional: [], valid: async () => ({ preModeration: true }) },
  ask: { requires: 'attendee', namesForumData: false, optional: ['anonymous', 'agendaItemId'], valid: async () => ({ text: text('Kapan'), anonymous: false }) },
  editOwn: {
    requires: 'attendee',
    namesForumData: true,
    optional: [],
    valid: async (fx, actor) => ({ questionId: await fx.pendingQuestion(actor === 'attendee' ? fx.sockets.attendee : undefined), text: text('Diubah') }),
  },
  withdraw: {
    requires: 'attendee',
    namesForumData: true,
    optional: [],
    valid: async (fx, actor) => ({ questionId: await fx.pendingQuestion(actor === 'attendee' ? fx.sockets.attendee : undefined) }),
  },
  upvote: { requires: 'attendee', namesForumData: true, optional: [], valid: async (fx) => ({ questionId: await fx.sharedApprovedQuestion(), upvoted: true }) },
  moderate: {
    requires: 'moderateQuestions',
    namesForumData: true,
    optional: ['reason'],
    valid: async (fx) => ({ questionId: await fx.pendingQuestion(), decision: 'approve' }),
  },
  editQuestion: {
    requires: 'moderateQuestions',
    namesForumData: true,
    optional: [],
    valid: async (fx) => ({ questionId: await fx.sharedApprovedQuestion(), text: text('Disunting') }),
  },
  setQuestionStatus: {
    requires: 'moderateQuestions',
    namesForumData: true,
    optional: [],
    valid: async (fx) => ({ questionId: await fx.approvedQuestion(), status: 'answered' }),
  },
  pin: { requires: 'moderateQuestions', namesForumData: true, optional: [], valid: async (fx) => ({ questionId: await fx.sharedApprovedQuestion() }) },
  reply: {
    requires: 'moderateQuestions',
    namesForumData: true,
    optional: [],
    valid: async (fx) => ({ questionId: await fx.sharedApprovedQuestion(), text: text('Jawaban') }),
  },
  startAgendaItem: { requires: 'runAgenda', namesForumData: true, optional: [], valid: async (fx) => ({ agendaItemId: fx.forum.agenda[1].id }) },
  endAgendaItem: {
    requires: 'runAgenda',
    namesForumData: true,
    optional: [],
    valid: async (fx) => {
      await fx.must(fx.organiser, LiveEvent.startAgendaItem, { agendaItemId: fx.forum.agenda[2].id });
      return { agendaItemId: fx.forum.agenda[2].id };
    },
  },
  reorderAgenda: {
    requires: 'runAgenda',
    namesForumData: true,
    optional: [],
    valid: async (fx) => ({ orderedIds: fx.forum.agenda.map((item) => item.id) }),
  },
  createPoll: {
    requires: 'runPolls',
    namesForumData: false,
    optional: ['agendaItemId', 'options', 'maxChoices', 'scaleMax', 'rankingMethod'],
    valid: async () => ({ question: text('Setuju?'), type: 'single', options: ['Ya', 'Tidak'] }),
  },
  updatePoll: {
    requires: 'runPolls',
    namesForumData: true,
    optional: ['agendaItemId', 'options', 'maxChoices', 'scaleMax', 'rankingMethod'],
    valid: async (fx) => ({ pollId: (await fx.draftPoll()).id, question: text('Diubah?'), type: 'single', options: ['Ya', 'Tidak', 'Ragu'] }),
  },
  deletePoll: { requires: 'runPolls', namesForumData: true, optional: [], valid: async (fx) => ({ pollId: (await fx.draftPoll()).id }) },
  setPollStatus: { requires: 'runPolls', namesForumData: true, optional: [], valid: async (fx) => ({ pollId: (await fx.draftPoll()).id, status: 'open' }) },
  setPollResultsVisible: {
    requires: 'runPolls',
    namesForumData: true,
    optional: [],
    valid: async (fx) => ({ pollId: (await fx.openPoll()).id, visible: true }),
  },
  answerPoll: {
    requires: 'attendee',
    namesForumData: true,
    optional: [],
    valid: async (fx) => {
      const poll = await fx.openPoll();
      return { pollId: poll.id, answer: { type: 'single', optionId: poll.optionId } };
    },
  },
  raiseHand: { requires: 'attendee', namesForumData: false, optional: [], valid: async () => ({}) },
  lowerHand: { requires: 'attendee', namesForumData: false, optional: [], valid: async () => ({}) },
  reorderSpeakers: {
    requires: 'runAgenda',
    namesForumData: true,
    optional: [],
    valid: async (fx) => {
      await fx.waitingSpeaker();
      const snapshot = await fx.must(fx.organiser, LiveEvent.sync, { reason: 'gap' });
      return { orderedIds: snapshot.speakers.filter((s) => s.status === 'waiting').map((s) => s.id) };
    },
  },
  giveFloor: {
    requires: 'runAgenda',
    namesForumData: true,
    optional: ['limitSeconds'],
    valid: async (fx) => ({ requestId: await fx.waitingSpeaker(), limitSeconds: 120 }),
  },
  endSpeaker: {
    requires: 'runAgenda',
    namesForumData: true,
    optional: [],
    valid: async (fx) => {
      const requestId = await fx.waitingSpeaker();
      await fx.must(fx.organiser, LiveEvent.giveFloor, { requestId, limitSeconds: null });
      return { requestId };
    },
  },
  react: { requires: 'attendee', namesForumData: false, optional: [], valid: async () => ({ kind: 'applause' }) },
  showOnProjector: { requires: 'runAgenda', namesForumData: false, optional: [], valid: async () => ({ view: { mode: 'agenda' } }) },
  createConsensus: { requires: 'runConsensus', namesForumData: false, optional: ['agendaItemId'], valid: async () => ({ text: text('Kesepakatan') }) },
  updateConsensus: {
    requires: 'runConsensus',
    namesForumData: true,
    optional: ['agendaItemId'],
    valid: async (fx) => ({ itemId: await fx.draftConsensus(), text: text('Kesepakatan diubah') }),
  },
  moveConsensus: { requires: 'runConsensus', namesForumData: true, optional: [], valid: async (fx) => ({ itemId: await fx.draftConsensus(), status: 'open' }) },
  approveConsensus: {
    requires: 'runConsensus',
    namesForumData: true,
    optional: ['followUp.deadline', 'followUp.timeFrame'],
    valid: async (fx) => ({ itemId: await fx.openConsensus(), followUp: { ...FOLLOW_UP } }),
  },
  updateFollowUp: {
    requires: 'runConsensus',
    namesForumData: true,
    optional: ['followUp.deadline', 'followUp.timeFrame'],
    valid: async (fx) => ({ itemId: await fx.approvedConsensus(), followUp: { ...FOLLOW_UP, status: 'in_progress' } }),
  },
  signalConsensus: { requires: 'attendee', namesForumData: true, optional: [], valid: async (fx) => ({ itemId: await fx.openConsensus(), signal: 'agree' }) },
  setSurveyOpen: { requires: 'runSurvey', namesForumData: false, optional: [], valid: async () => ({ open: true }) },
  submitSurvey: {
    requires: 'attendee',
    namesForumData: false,
    optional: [],
    valid: async (fx) => {
      await fx.must(fx.organiser, LiveEvent.setSurveyOpen, { open: true });
      return { scores: [4, 3, 4, 2, 3, 4, 4, 3, 1] };
    },
  },
  setCheckIn: { requires: 'manageAttendance', namesForumData: false, optional: [], valid: async () => ({ enabled: true }) },
  checkInCode: {
    requires: 'projectorOrStaff',
    namesForumData: false,
    optional: [],
    valid: async (fx) => {
      await fx.must(fx.organiser, LiveEvent.setCheckIn, { enabled: true });
      return {};
    },
  },
  checkIn: {
    requires: 'attendee',
    namesForumData: false,
    optional: [],
    valid: async (fx) => {
      await fx.must(fx.organiser, LiveEvent.setCheckIn, { enabled: true });
      return { code: (await fx.must(fx.organiser, LiveEvent.checkInCode, {})).code };
    },
  },
  confirmAttendance: { requires: 'manageAttendance', namesForumData: true, optional: [], valid: async (fx) => ({ participantId: await fx.freshAttendee() }) },
  voidAttendee: {
    requires: 'manageAttendance',
    namesForumData: true,
    optional: [],
    valid: async (fx) => ({ participantId: await fx.freshAttendee(), reason: text('Pendaftaran ganda') }),
  },
};

/** Whether the permission table (and the contract's split of attendee and staff events) lets `principal` send `event`. */
export function expectedAllowed(spec: LiveEventSpec, principal: Principal): boolean {
  if (OF_ANOTHER_FORUM.includes(principal)) return !spec.namesForumData && allowedOnOwnForum(spec, principal === 'otherAttendee' ? 'attendee' : 'organiser');
  return allowedOnOwnForum(spec, principal);
}

function allowedOnOwnForum(spec: LiveEventSpec, principal: Principal): boolean {
  if (spec.requires === 'anyone') return true;
  if (spec.requires === 'attendee') return principal === 'attendee';
  if (spec.requires === 'projectorOrStaff') return principal === 'projector' || STAFF_OF_THIS_FORUM[principal] !== undefined;
  const role = STAFF_OF_THIS_FORUM[principal];
  return role !== undefined && roleAllows(role, spec.requires);
}
