import { apiPaths, LiveEvent, type ForumChange, type ForumDetail } from '@mufakat/contracts';
import { DataSource } from 'typeorm';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff, sleep } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { Participant, QuestionVote } from '@mufakat/persistence';
import { hashAttendeeToken, newAttendeeToken } from '../src/participants/attendee-token';

const isTally = (change: ForumChange) => change.stream === 'public' && change.change.type === 'tallies';

describe('two api replicas sharing Redis', () => {
  let first: TestApp;
  let second: TestApp;
  let forum: ForumDetail;
  let moderatorCookie: string;
  const clients: LiveTestClient[] = [];

  beforeAll(async () => {
    // One after the other: the first runs the migrations.
    first = await startTestApp({ redis: true });
    second = await startTestApp({ redis: true });
    moderatorCookie = (await signupStaff(first.url, 'replica-organiser')).cookie;
    forum = await createPublishedForum(first.url, moderatorCookie);
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await first.close();
    await second.close();
  });

  it('delivers a change made on one replica to sockets on the other', async () => {
    const projectorKey = new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;
    const projector = await LiveTestClient.connect(second.url, { forumId: forum.id, projectorKey });
    const moderator = await LiveTestClient.connect(first.url, { forumId: forum.id }, moderatorCookie);
    clients.push(projector, moderator);

    const asker = await registerAttendee(first.url, forum.joinCode as string, { mode: 'online' });
    await projector.waitForAttendance((counts) => counts.online === 1);
    const askerSocket = await LiveTestClient.connect(second.url, { forumId: forum.id, attendeeToken: asker.attendeeToken });
    clients.push(askerSocket);
    const asked = await askerSocket.emit(LiveEvent.ask, { text: 'Bisakah antrean dibuat daring?' });
    if (!asked.ok) throw new Error('ask failed');
    await moderator.waitFor((c) => c.stream === 'staff' && c.change.type === 'question.updated');
    await moderator.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' });
    const published = await projector.waitFor((c) => c.stream === 'public' && c.change.type === 'question.upserted');
    expect(published.change).toMatchObject({ question: { id: asked.data.id } });
    // The asker's private update crossed replicas too.
    for (let i = 0; i < 100 && askerSocket.privateUpdates.length === 0; i++) await sleep(20);
    expect(askerSocket.privateUpdates).toEqual([expect.objectContaining({ id: asked.data.id, status: 'approved' })]);
  });

  it('coalesces a burst of votes from both replicas into a few tally broadcasts with the exact count', async () => {
    const organiser = await signupStaff(first.url, 'burst-organiser');
    const burstForum = await createPublishedForum(first.url, organiser.cookie);
    const projectorKey = new URL(burstForum.projectorUrl, 'http://x').searchParams.get('key') as string;
    const projector = await LiveTestClient.connect(second.url, { forumId: burstForum.id, projectorKey });
    const moderator = await LiveTestClient.connect(first.url, { forumId: burstForum.id }, organiser.cookie);
    clients.push(projector, moderator);

    const voters: LiveTestClient[] = [];
    for (let i = 0; i < 30; i++) {
      const attendee = await registerAttendee(first.url, burstForum.joinCode as string, { name: `Pemilih ${i}` });
      const replica = i % 2 === 0 ? first : second;
      voters.push(await LiveTestClient.connect(replica.url, { forumId: burstForum.id, attendeeToken: attendee.attendeeToken }));
    }
    clients.push(...voters);
    const asked = await voters[0].emit(LiveEvent.ask, { text: 'Pertanyaan yang didukung banyak orang' });
    if (!asked.ok) throw new Error('ask failed');
    await moderator.emit(LiveEvent.moderate, { questionId: asked.data.id, decision: 'approve' });
    await projector.waitFor((c) => c.stream === 'public' && c.change.type === 'question.upserted');

    // Each voter votes twice at once: 60 acknowledged requests, 30 distinct votes.
    const acks = await Promise.all(
      voters.flatMap((voter) => [
        voter.emit(LiveEvent.upvote, { questionId: asked.data.id, upvoted: true }),
        voter.emit(LiveEvent.upvote, { questionId: asked.data.id, upvoted: true }),
      ]),
    );
    expect(acks.every((ack) => ack.ok)).toBe(true);
    await projector.waitFor((c) => isTally(c) && c.change.type === 'tallies' && c.change.upvotes[asked.data.id] === 30);
    const db = first.app.get(DataSource);
    expect(await db.getRepository(QuestionVote).countBy({ questionId: asked.data.id })).toBe(30);
    // Far fewer broadcasts than votes: at most one per replica per 100 ms window.
    const tallies = projector.changes.filter(isTally);
    expect(tallies.length).toBeLessThan(15);
    const status = await http(first.url, apiPaths.health);
    expect(status.status).toBe(200);
  });

  it("refuses a voided attendee's signed token at connect on both replicas, without a database lookup on the other", async () => {
    const organiser = await signupStaff(first.url, 'void-organiser');
    const voidForum = await createPublishedForum(first.url, organiser.cookie);
    const moderator = await LiveTestClient.connect(first.url, { forumId: voidForum.id }, organiser.cookie);
    clients.push(moderator);
    const stuffer = await registerAttendee(first.url, voidForum.joinCode as string, { name: 'Pendaftar Ganda' });
    expect(stuffer.attendeeToken).toMatch(/^a1\./);
    const auth = { forumId: voidForum.id, attendeeToken: stuffer.attendeeToken };
    const onSecond = await LiveTestClient.connect(second.url, auth);
    clients.push(onSecond);
    // Another forum's id with the same token is refused: the signature covers the forum.
    await expect(LiveTestClient.connect(second.url, { ...auth, forumId: forum.id })).rejects.toThrow();

    const dropped = new Promise<void>((resolve) => onSecond.socket.once('disconnect', () => resolve()));
    const voided = await moderator.emit(LiveEvent.voidAttendee, { participantId: stuffer.participant.id, reason: 'Satu perangkat, banyak pendaftaran' });
    expect(voided.ok).toBe(true);
    await dropped;
    await expect(LiveTestClient.connect(first.url, auth)).rejects.toThrow(/voided/);
    await expect(LiveTestClient.connect(second.url, auth)).rejects.toThrow(/voided/);
  });

  it('still connects an attendee holding an older random token, on either replica', async () => {
    const organiser = await signupStaff(first.url, 'old-token-organiser');
    const oldForum = await createPublishedForum(first.url, organiser.cookie);
    const oldToken = newAttendeeToken();
    const saved = await first.app
      .get(DataSource)
      .getRepository(Participant)
      .save({
        forumId: oldForum.id,
        name: 'Pemegang Token Lama',
        institution: 'Warga',
        category: 'service_user',
        mode: 'room',
        tokenHash: hashAttendeeToken(oldToken),
      });
    for (const replica of [first, second]) {
      const client = await LiveTestClient.connect(replica.url, { forumId: oldForum.id, attendeeToken: oldToken });
      clients.push(client);
      const synced = await client.emit(LiveEvent.sync, {});
      if (!synced.ok) throw new Error('sync failed');
      expect(synced.data.viewer).toMatchObject({ role: 'attendee', participantId: saved.id, name: 'Pemegang Token Lama' });
    }
    await expect(LiveTestClient.connect(first.url, { forumId: oldForum.id, attendeeToken: newAttendeeToken() })).rejects.toThrow();
  });
});
