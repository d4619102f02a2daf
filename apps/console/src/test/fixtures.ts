import type {
  AgendaItemView,
  ConsensusItemView,
  ConsensusTally,
  DocumentVersionView,
  FollowUpPlan,
  ForumSnapshot,
  IkmResult,
  ModerationQuestion,
  ParticipantView,
  PollResults,
  PollView,
  PublicQuestion,
  RepresentativeView,
  SpeakerView,
  StaffState,
} from '@mufakat/contracts';

/** Small builders for component specs; every field a test does not care about has a plain default. */
export const agendaItem = (id: string, position: number, patch: Partial<AgendaItemView> = {}): AgendaItemView => ({
  id,
  position,
  title: `Butir ${id}`,
  plannedMinutes: 10,
  status: 'upcoming',
  startedAt: null,
  endedAt: null,
  ...patch,
});

export const moderationQuestion = (id: string, patch: Partial<ModerationQuestion> = {}): ModerationQuestion => ({
  id,
  agendaItemId: null,
  text: `Pertanyaan ${id}`,
  anonymous: false,
  authorName: 'Sari',
  authorInstitution: 'Universitas Contoh',
  authorCategory: 'academic',
  status: 'approved',
  upvotes: 0,
  pinned: false,
  reply: null,
  rejectionReason: null,
  createdAt: '2026-12-01T09:05:00.000Z',
  ...patch,
});

export const publicQuestion = (id: string, upvotes: number, patch: Partial<PublicQuestion> = {}): PublicQuestion => ({
  id,
  agendaItemId: null,
  text: `Pertanyaan ${id}`,
  authorName: 'Budi',
  upvotes,
  status: 'approved',
  pinned: false,
  reply: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  ...patch,
});

export const poll = (id: string, patch: Partial<PollView> = {}): PollView => ({
  id,
  agendaItemId: null,
  question: `Jajak ${id}?`,
  type: 'single',
  options: [
    { id: 'o1', label: 'Pagi' },
    { id: 'o2', label: 'Siang' },
    { id: 'o3', label: 'Malam' },
  ],
  maxChoices: null,
  scaleMax: null,
  rankingMethod: null,
  status: 'open',
  resultsVisible: true,
  allowChange: true,
  createdAt: '2026-12-01T09:00:00.000Z',
  openedAt: '2026-12-01T09:01:00.000Z',
  closedAt: null,
  ...patch,
});

export const speaker = (id: string, patch: Partial<SpeakerView> = {}): SpeakerView => ({
  id,
  participantId: `p-${id}`,
  name: `Pembicara ${id}`,
  institution: 'Warga',
  mode: 'room',
  status: 'waiting',
  requestedAt: '2026-12-01T09:00:00.000Z',
  startedAt: null,
  limitSeconds: null,
  ...patch,
});

export function snapshot(patch: Partial<ForumSnapshot> = {}): ForumSnapshot {
  return {
    seq: 1,
    serverTime: '2026-12-01T09:00:00.000Z',
    forum: {
      forumId: 'f1',
      joinCode: 'K7P2QX',
      joinUrl: 'http://10.0.0.5:3000/j/K7P2QX',
      title: 'FKP Layanan KTP',
      theme: 't',
      serviceName: 's',
      unitName: 'u',
      venue: 'v',
      startsAt: '2026-12-01T09:00:00.000Z',
      streamUrl: null,
    },
    settings: { preModeration: true, fullyAnonymous: false },
    agenda: [agendaItem('a1', 0, { title: 'Pembukaan' }), agendaItem('a2', 1, { title: 'Diskusi', status: 'running', startedAt: '2026-12-01T09:10:00.000Z' })],
    currentAgendaItemId: 'a2',
    attendance: { room: 40, online: 115 },
    questions: [publicQuestion('q1', 12), publicQuestion('q2', 3, { authorName: null, pinned: true })],
    polls: [],
    pollResults: {},
    speakers: [],
    consensus: [],
    consensusTallies: {},
    survey: { open: false, respondents: 0 },
    projector: { mode: 'join' },
    checkIn: { enabled: false },
    viewer: { role: 'projector' },
    ...patch,
  };
}

export function staffState(patch: Partial<StaffState> = {}): StaffState {
  return {
    seq: 1,
    questions: [],
    participants: [],
    polls: [],
    pollResults: {},
    consensus: [],
    ikm: null,
    documents: [],
    representatives: [],
    reports: [],
    ...patch,
  };
}

export const participant = (id: string, patch: Partial<ParticipantView> = {}): ParticipantView => ({
  id,
  name: `Peserta ${id}`,
  institution: 'Warga',
  category: 'service_user',
  mode: 'room',
  joinedAt: '2026-12-01T09:00:00.000Z',
  ...patch,
});

export const consensusItem = (id: string, patch: Partial<ConsensusItemView> = {}): ConsensusItemView => ({
  id,
  agendaItemId: null,
  text: `Kesepakatan ${id}`,
  status: 'draft',
  number: null,
  followUp: null,
  openedAt: null,
  decidedAt: null,
  createdAt: '2026-12-01T09:20:00.000Z',
  ...patch,
});

export const followUp: FollowUpPlan = {
  action: 'Membuka loket antrean daring',
  responsibleUnit: 'Bidang Pelayanan',
  deadline: '2027-03-31',
  timeFrame: null,
  status: 'planned',
};

export const tally = (agree: number, disagree: number, abstain: number, byCategory: ConsensusTally['byCategory'] = {}): ConsensusTally => ({
  total: { agree, disagree, abstain },
  byCategory,
});

export const ikmResult = (means: Array<number | null>, patch: Partial<IkmResult> = {}): IkmResult => {
  const codes = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
  const ikm = means.reduce<number>((sum, mean) => sum + (mean ?? 0) / 9, 0);
  const converted = Math.round(ikm * 25 * 100) / 100;
  return {
    respondents: 12,
    elements: codes.map((code, i) => ({ code, mean: means[i] ?? null })),
    ikm,
    converted,
    grade: converted >= 88.31 ? 'A' : converted >= 76.61 ? 'B' : converted >= 65 ? 'C' : 'D',
    ...patch,
  };
};

export const documentVersion = (id: string, version: number, patch: Partial<DocumentVersionView> = {}): DocumentVersionView => ({
  id,
  version,
  language: 'id',
  status: 'ready',
  progress: 100,
  sha256: { pdf: 'a'.repeat(64), docx: 'b'.repeat(64) },
  sizes: { pdf: 182_000, docx: 41_000 },
  missingSignatures: [],
  signedCount: 0,
  error: null,
  requestedAt: '2026-12-01T11:00:00.000Z',
  completedAt: '2026-12-01T11:00:20.000Z',
  documentNumber: null,
  final: false,
  contentFingerprint: 'f'.repeat(64),
  revision: 0,
  publicCode: null,
  ...patch,
});

export const representative = (id: string, patch: Partial<RepresentativeView> = {}): RepresentativeView => ({
  id,
  participantId: `p-${id}`,
  staffUserId: null,
  name: `Wakil ${id}`,
  institution: 'Dinas Kependudukan',
  category: 'service_provider',
  side: 'provider',
  roleTitle: 'Kepala Dinas',
  signedVersion: null,
  signedFingerprints: [],
  ...patch,
});

export const results = {
  single: { type: 'single', respondents: 4, counts: { o1: 3, o3: 1 } },
  rating: { type: 'rating', respondents: 2, distribution: { '4': 1, '5': 1 }, average: 4.5 },
  wordcloud: {
    type: 'wordcloud',
    respondents: 3,
    words: [
      { word: 'cepat', count: 3 },
      { word: 'ramah', count: 1 },
    ],
  },
  open: { type: 'open', respondents: 8, answers: Array.from({ length: 8 }, (_, i) => ({ text: `Saran ${8 - i}`, at: `2026-12-01T09:0${8 - i}:00.000Z` })) },
  ranking: {
    type: 'ranking',
    respondents: 2,
    method: 'borda',
    scores: [
      { optionId: 'o3', score: 4 },
      { optionId: 'o1', score: 2 },
      { optionId: 'o2', score: 0 },
    ],
  },
} satisfies Record<string, PollResults>;

/** The opening tags of every element with this test id, attributes in any order. */
export function openTags(html: string, testId: string): string[] {
  return [...html.matchAll(/<[a-z]+\b[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes(`data-testid="${testId}"`));
}
