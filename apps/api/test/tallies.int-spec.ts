import { LiveEvent, type ForumChange, type ForumDetail, type PublicChange } from '@mufakat/contracts';
import { createPublishedForum, LiveTestClient, registerAttendee, signupStaff } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const tallies = (change: ForumChange): change is ForumChange & { change: Extract<PublicChange, { type: 'tallies' }> } =>
  change.stream === 'public' && change.change.type === 'tallies';

describe('upvote tallies reach the room', () => {
  let api: TestApp;
  let forum: ForumDetail;
  let cookie: string;
  const clients: LiveTestClient[] = [];

  const connect = async (...args: Parameters<typeof LiveTestClient.connect>) => {
    const client = await LiveTestClient.connect(...args);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await startTestApp({ tallyFlushMs: 50 });
    cookie = (await signupStaff(api.url, 'organiser')).cookie;
    forum = await createPublishedForum(api.url, cookie);
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await api.close();
  });

  it('counts an upvote on an answered question, live and in a fresh snapshot', async () => {
    const joinCode = forum.joinCode as string;
    const asker = await registerAttendee(api.url, joinCode, { name: 'Penanya' });
    const voter = await registerAttendee(api.url, joinCode, { name: 'Pemilih' });
    const staff = await connect(api.url, { forumId: forum.id }, cookie);
    const askerClient = await connect(api.url, { forumId: forum.id, attendeeToken: asker.attendeeToken });
    const voterClient = await connect(api.url, { forumId: forum.id, attendeeToken: voter.attendeeToken });
    const projectorKey = new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;

    const asked = await askerClient.emit(LiveEvent.ask, { text: 'Kapan loket buka hari Sabtu?' });
    if (!asked.ok) throw new Error(asked.error.message);
    const questionId = asked.data.id;
    expect(await staff.emit(LiveEvent.moderate, { questionId, decision: 'approve' })).toMatchObject({ ok: true });
    expect(await staff.emit(LiveEvent.setQuestionStatus, { questionId, status: 'answered' })).toMatchObject({ ok: true, data: { status: 'answered' } });

    expect(await voterClient.emit(LiveEvent.upvote, { questionId, upvoted: true })).toEqual({ ok: true, data: { questionId, upvoted: true } });
    const live = await askerClient.waitFor((change) => tallies(change) && change.change.upvotes[questionId] === 1);
    expect(live.stream).toBe('public');

    const projector = await connect(api.url, { forumId: forum.id, projectorKey });
    const snapshot = await projector.emit(LiveEvent.sync, {});
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(snapshot.data.seq).toBeGreaterThanOrEqual(live.seq);
    expect(snapshot.data.questions.find((question) => question.id === questionId)).toMatchObject({ status: 'answered', upvotes: 1 });

    // Un-voting an answered question counts too.
    expect(await voterClient.emit(LiveEvent.upvote, { questionId, upvoted: false })).toMatchObject({ ok: true });
    await askerClient.waitFor((change) => tallies(change) && change.change.upvotes[questionId] === 0);
  });

  it('numbers no tally for a question the room does not see, and refuses the vote', async () => {
    const joinCode = forum.joinCode as string;
    const asker = await registerAttendee(api.url, joinCode, { name: 'Penanya Dua' });
    const voter = await registerAttendee(api.url, joinCode, { name: 'Pemilih Dua' });
    const staff = await connect(api.url, { forumId: forum.id }, cookie);
    const askerClient = await connect(api.url, { forumId: forum.id, attendeeToken: asker.attendeeToken });
    const voterClient = await connect(api.url, { forumId: forum.id, attendeeToken: voter.attendeeToken });

    const asked = await askerClient.emit(LiveEvent.ask, { text: 'Apakah ada layanan antar?' });
    if (!asked.ok) throw new Error(asked.error.message);
    const questionId = asked.data.id;
    await staff.emit(LiveEvent.moderate, { questionId, decision: 'approve' });
    await staff.emit(LiveEvent.setQuestionStatus, { questionId, status: 'archived' });
    expect(await voterClient.emit(LiveEvent.upvote, { questionId, upvoted: true })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(askerClient.changes.filter((change) => tallies(change) && questionId in change.change.upvotes)).toEqual([]);
  });
});
