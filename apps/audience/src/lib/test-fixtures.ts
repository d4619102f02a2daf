import type { ConsensusItemView, ForumSnapshot, MyQuestion, PollView, PublicQuestion, SigningTask, SpeakerView } from '@mufakat/contracts';

type AttendeeViewer = Extract<ForumSnapshot['viewer'], { role: 'attendee' }>;

/** Small factories for the specs: a valid object with only what a test cares about changed. */
export function snapshotFixture(patch: Partial<ForumSnapshot> = {}): ForumSnapshot {
  return {
    seq: 1,
    serverTime: '2026-01-10T02:00:00.000Z',
    forum: {
      forumId: 'f1',
      joinCode: 'ABC123',
      joinUrl: 'http://venue.test/j/ABC123',
      title: 'FKP Layanan KTP',
      theme: 'Standar pelayanan',
      serviceName: 'KTP-el',
      unitName: 'Disdukcapil',
      venue: 'Aula',
      startsAt: '2026-01-10T02:00:00.000Z',
      streamUrl: null,
    },
    settings: { preModeration: true, fullyAnonymous: false },
    agenda: [
      { id: 'a1', position: 1, title: 'Pembukaan', plannedMinutes: 10, status: 'done', startedAt: null, endedAt: null },
      { id: 'a2', position: 2, title: 'Diskusi', plannedMinutes: 60, status: 'running', startedAt: null, endedAt: null },
    ],
    currentAgendaItemId: 'a2',
    attendance: { room: 3, online: 4 },
    questions: [],
    polls: [],
    pollResults: {},
    speakers: [],
    consensus: [],
    consensusTallies: {},
    survey: { open: false, respondents: 0 },
    projector: { mode: 'join' },
    checkIn: { enabled: false },
    viewer: attendeeFixture(),
    ...patch,
  };
}

export function attendeeFixture(patch: Partial<AttendeeViewer> = {}): AttendeeViewer {
  return {
    role: 'attendee',
    participantId: 'p1',
    name: 'Siti',
    votedQuestionIds: ['q1'],
    myQuestions: [],
    myPollAnswers: {},
    myConsensusSignals: {},
    mySurvey: null,
    signing: null,
    verified: false,
    ...patch,
  };
}

export function myQuestionFixture(id: string, createdAt: string, patch: Partial<MyQuestion> = {}): MyQuestion {
  return {
    id,
    agendaItemId: null,
    text: `question ${id}`,
    anonymous: false,
    status: 'pending',
    rejectionReason: null,
    reply: null,
    createdAt,
    ...patch,
  };
}

export function publicQuestionFixture(id: string, patch: Partial<PublicQuestion> = {}): PublicQuestion {
  return {
    id,
    agendaItemId: 'a2',
    text: `question ${id}`,
    authorName: 'Siti',
    upvotes: 0,
    status: 'approved',
    pinned: false,
    reply: null,
    createdAt: '2026-01-10T02:00:00.000Z',
    ...patch,
  };
}

export function pollFixture(patch: Partial<PollView> = {}): PollView {
  return {
    id: 'poll1',
    agendaItemId: null,
    question: 'Setuju?',
    type: 'single',
    options: [
      { id: 'o1', label: 'Ya' },
      { id: 'o2', label: 'Tidak' },
      { id: 'o3', label: 'Ragu' },
    ],
    maxChoices: null,
    scaleMax: null,
    rankingMethod: null,
    status: 'open',
    resultsVisible: false,
    allowChange: false,
    createdAt: '2026-01-10T02:00:00.000Z',
    openedAt: '2026-01-10T02:01:00.000Z',
    closedAt: null,
    ...patch,
  };
}

export function speakerFixture(id: string, participantId: string, patch: Partial<SpeakerView> = {}): SpeakerView {
  return {
    id,
    participantId,
    name: `name ${participantId}`,
    institution: 'Warga',
    mode: 'room',
    status: 'waiting',
    requestedAt: '2026-01-10T02:00:00.000Z',
    startedAt: null,
    limitSeconds: null,
    ...patch,
  };
}

export function consensusFixture(id: string, patch: Partial<ConsensusItemView> = {}): ConsensusItemView {
  return {
    id,
    agendaItemId: 'a2',
    text: `kesepakatan ${id}`,
    status: 'open',
    number: null,
    followUp: null,
    openedAt: '2026-01-10T02:10:00.000Z',
    decidedAt: null,
    createdAt: '2026-01-10T02:05:00.000Z',
    ...patch,
  };
}

export function signingFixture(patch: Partial<SigningTask> = {}): SigningTask {
  return {
    representativeId: 'r1',
    roleTitle: 'Wakil pengguna layanan',
    side: 'public',
    document: { id: 'd1', version: 1, sha256Pdf: 'ab'.repeat(32) },
    signed: false,
    ...patch,
  };
}
