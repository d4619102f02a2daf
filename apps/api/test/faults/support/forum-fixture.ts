import {
  apiPaths,
  LiveEvent,
  type Ack,
  type ClientAck,
  type ClientEventName,
  type ClientPayload,
  type ForumDetail,
  type ForumSnapshot,
  type StaffRole,
} from '@mufakat/contracts';
import { createPublishedForum, http, LiveTestClient, registerAttendee, signupStaff } from '../../support/factories';

/** Who sends: every kind of caller the live api knows, plus callers of another forum using this forum's ids. */
export const PRINCIPALS = ['attendee', 'otherAttendee', 'projector', 'otherStaff', 'facilitator', 'moderator', 'organiser'] as const;
export type Principal = (typeof PRINCIPALS)[number];

export const STAFF_OF_THIS_FORUM: Readonly<Partial<Record<Principal, StaffRole>>> = {
  facilitator: 'facilitator',
  moderator: 'moderator',
  organiser: 'organiser',
};

/** Principals whose socket is on another forum: their payloads name this forum's questions, polls, items… */
export const OF_ANOTHER_FORUM: readonly Principal[] = ['otherAttendee', 'otherStaff'];

export const projectorKeyOf = (forum: ForumDetail) => new URL(forum.projectorUrl, 'http://x').searchParams.get('key') as string;

export interface StaffAccount {
  cookie: string;
  email: string;
  userId: string;
}

/**
 * Forum A with its three staff roles, an attendee, the projector, and forum B with its own organiser and attendee;
 * plus helpers that make fresh questions, polls, items and hand raises in forum A through the real api.
 */
export class ForumFixture {
  readonly sockets = {} as Record<Principal, LiveTestClient>;
  readonly staff = {} as Record<'organiser' | 'moderator' | 'facilitator' | 'otherStaff', StaffAccount>;
  /** A staff account of no forum, for the organiser to invite and remove. */
  invitee!: StaffAccount;
  forum!: ForumDetail;
  otherForum!: ForumDetail;
  attendeeToken!: string;
  attendeeId!: string;
  otherAttendeeToken!: string;
  /** Attendees who ask and raise hands for the helpers (five questions a minute each). */
  private helpers: LiveTestClient[] = [];
  private helperTurn = 0;

  private freshCount = 0;

  constructor(readonly url: string) {}

  async setUp(helperCount = 12): Promise<void> {
    const [organiser, moderator, facilitator, otherStaff, invitee] = await Promise.all(
      ['fault-organiser', 'fault-moderator', 'fault-facilitator', 'fault-other', 'fault-invitee'].map((prefix) => signupStaff(this.url, prefix)),
    );
    this.forum = await createPublishedForum(this.url, organiser.cookie);
    this.otherForum = await createPublishedForum(this.url, otherStaff.cookie);
    for (const [account, role] of [
      [moderator, 'moderator'],
      [facilitator, 'facilitator'],
    ] as const) {
      const invited = await http<{ userId: string }>(this.url, apiPaths.forumMembers(this.forum.id), {
        body: { email: account.email, role },
        cookie: organiser.cookie,
      });
      if (invited.status !== 201) throw new Error(`invite failed: ${JSON.stringify(invited.body)}`);
    }
    const me = async (cookie: string) => (await http<{ id: string }>(this.url, apiPaths.me, { cookie })).body.id;
    this.staff.organiser = { ...organiser, userId: await me(organiser.cookie) };
    this.staff.moderator = { ...moderator, userId: await me(moderator.cookie) };
    this.staff.facilitator = { ...facilitator, userId: await me(facilitator.cookie) };
    this.staff.otherStaff = { ...otherStaff, userId: await me(otherStaff.cookie) };
    this.invitee = { ...invitee, userId: await me(invitee.cookie) };

    const attendee = await registerAttendee(this.url, this.forum.joinCode as string, { name: 'Peserta Uji' });
    this.attendeeToken = attendee.attendeeToken;
    this.attendeeId = attendee.participant.id;
    this.otherAttendeeToken = (await registerAttendee(this.url, this.otherForum.joinCode as string, { name: 'Peserta Lain' })).attendeeToken;
    await this.connectAll();
    // Check-in on from the start, so the check-in events' valid payloads change nothing the fingerprints compare.
    await this.must(this.organiser, LiveEvent.setCheckIn, { enabled: true });
    for (let i = 0; i < helperCount; i++) {
      const token = (await registerAttendee(this.url, this.forum.joinCode as string, { name: `Pembantu ${i}` })).attendeeToken;
      this.helpers.push(await LiveTestClient.connect(this.url, { forumId: this.forum.id, attendeeToken: token }));
    }
  }

  /** (Re)connects every principal's socket, as after a disconnection for an oversized message. */
  async connectAll(): Promise<void> {
    for (const socket of Object.values(this.sockets)) socket.close();
    const forumId = this.forum.id;
    const connect = (principal: Principal) => {
      switch (principal) {
        case 'attendee':
          return LiveTestClient.connect(this.url, { forumId, attendeeToken: this.attendeeToken });
        case 'otherAttendee':
          return LiveTestClient.connect(this.url, { forumId: this.otherForum.id, attendeeToken: this.otherAttendeeToken });
        case 'projector':
          return LiveTestClient.connect(this.url, { forumId, projectorKey: projectorKeyOf(this.forum) });
        case 'otherStaff':
          return LiveTestClient.connect(this.url, { forumId: this.otherForum.id }, this.staff.otherStaff.cookie);
        default:
          return LiveTestClient.connect(this.url, { forumId }, this.staff[principal].cookie);
      }
    };
    for (const principal of PRINCIPALS) this.sockets[principal] = await connect(principal);
  }

  close(): void {
    for (const socket of [...Object.values(this.sockets), ...this.helpers]) socket.close();
  }

  get organiser(): LiveTestClient {
    return this.sockets.organiser;
  }

  /** The organiser's view of forum A, without what changes by itself (sequence numbers, clocks, attendance). */
  async forumState(): Promise<unknown> {
    const snapshot: ForumSnapshot = await this.must(this.organiser, LiveEvent.sync, { reason: 'gap' });
    return { ...snapshot, seq: undefined, serverTime: undefined, attendance: undefined, viewer: undefined, staff: { ...snapshot.staff, seq: undefined } };
  }

  /** A newly registered attendee of forum A, for acts on one attendee (confirm, void) that must not touch the others. */
  async freshAttendee(): Promise<string> {
    return (await registerAttendee(this.url, this.forum.joinCode as string, { name: `Peserta ${++this.freshCount}` })).participant.id;
  }

  /** The next helper attendee, in turn. */
  helper(): LiveTestClient {
    return this.helpers[this.helperTurn++ % this.helpers.length];
  }

  async must<E extends ClientEventName>(socket: LiveTestClient, event: E, payload: ClientPayload<E>): Promise<Extract<ClientAck<E>, { ok: true }>['data']> {
    let ack = await socket.emit(event, payload);
    // The helpers share the principals' sync allowance with the specs: wait for it rather than fail.
    for (let tries = 0; !ack.ok && ack.error.code === 'RATE_LIMITED' && tries < 5; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      ack = await socket.emit(event, payload);
    }
    if (!ack.ok) throw new Error(`${event} ${JSON.stringify(payload)} failed: ${JSON.stringify(ack)}`);
    return (ack as Extract<ClientAck<E>, { ok: true }>).data;
  }

  /** A question waiting for moderation (forums start pre-moderated), asked by `asker` or a helper. */
  async pendingQuestion(asker?: LiveTestClient): Promise<string> {
    const text = `Pertanyaan uji ${Math.random().toString(36).slice(2)}`;
    if (asker) return (await this.must(asker, LiveEvent.ask, { text })).id;
    // Five questions a minute each: the next helper asks when one has used its allowance.
    for (let tries = 0; tries < this.helpers.length; tries++) {
      const ack = await this.helper().emit(LiveEvent.ask, { text });
      if (ack.ok) return ack.data.id;
      if (ack.error.code !== 'RATE_LIMITED') throw new Error(`ask failed: ${JSON.stringify(ack)}`);
    }
    throw new Error('every helper attendee has used its question allowance');
  }

  /** One approved question for the events that leave it approved (upvote, edit, pin, reply). */
  async sharedApprovedQuestion(): Promise<string> {
    this.shared ??= this.approvedQuestion();
    return this.shared;
  }

  private shared: Promise<string> | undefined;

  async approvedQuestion(): Promise<string> {
    const id = await this.pendingQuestion();
    await this.must(this.organiser, LiveEvent.moderate, { questionId: id, decision: 'approve' });
    return id;
  }

  async draftPoll(): Promise<{ id: string; optionId: string }> {
    const poll = await this.must(this.organiser, LiveEvent.createPoll, {
      question: 'Setuju dengan jam layanan baru?',
      type: 'single',
      options: ['Ya', 'Tidak'],
    });
    return { id: poll.id, optionId: poll.options[0].id };
  }

  async openPoll(): Promise<{ id: string; optionId: string }> {
    const poll = await this.draftPoll();
    await this.must(this.organiser, LiveEvent.setPollStatus, { pollId: poll.id, status: 'open' });
    return poll;
  }

  async draftConsensus(): Promise<string> {
    return (await this.must(this.organiser, LiveEvent.createConsensus, { text: 'Loket dibuka pukul 07.30 WIB' })).id;
  }

  async openConsensus(): Promise<string> {
    const id = await this.draftConsensus();
    await this.must(this.organiser, LiveEvent.moveConsensus, { itemId: id, status: 'open' });
    return id;
  }

  async approvedConsensus(): Promise<string> {
    const id = await this.openConsensus();
    await this.must(this.organiser, LiveEvent.approveConsensus, { itemId: id, followUp: FOLLOW_UP });
    return id;
  }

  /** A helper's hand raised; resolves with the request id. */
  async waitingSpeaker(): Promise<string> {
    const helper = this.helper();
    const ack: Ack<{ id: string }> = (await helper.emit(LiveEvent.raiseHand, {})) as Ack<{ id: string }>;
    if (ack.ok) return ack.data.id;
    // Already waiting: lower and raise again for a fresh request.
    await this.must(helper, LiveEvent.lowerHand, {});
    return (await this.must(helper, LiveEvent.raiseHand, {})).id;
  }
}

export const FOLLOW_UP = {
  action: 'Menambah loket pelayanan',
  responsibleUnit: 'Bidang Pelayanan',
  deadline: '2027-03-31',
  timeFrame: 'Triwulan I 2027',
  status: 'planned',
} as const;
