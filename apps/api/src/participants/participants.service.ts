import { Inject, Injectable } from '@nestjs/common';
import type { AttendanceCounts, JoinInfo, ParticipantView, RegisterParticipantResponse } from '@mufakat/contracts';
import type { Forum } from '@mufakat/persistence';
import { knownError } from '../common/known-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { StatementBatcher } from '../database/statement-batcher';
import { normaliseJoinCode } from '../forums/join-code';
import { joinUrl } from '../forums/join-url';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampStaffMany } from '../realtime/forum-sequencer';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import { TallyRegistry } from '../realtime/tally-registry.service';
import { AttendeeRevocations } from './attendee-revocations';
import { hashDeviceKey, isSignedAttendeeToken, newAttendeeToken, participantOfSignedToken, signAttendeeToken } from './attendee-token';
import type { RegisterParticipantDto } from './dto/register-participant.dto';
import { JoinInfoCache } from './join-info-cache';
import { ParticipantsRepository, type RegisteredParticipant, type Registration, type RegistrationRequest, type TokenHolder } from './participants.repository';
import { RegistrationLimits } from './registration-limits';

@Injectable()
export class ParticipantsService {
  /** Registrations arriving together (everyone scans the QR code at once) are written in one statement. */
  private readonly registrations = new StatementBatcher<RegistrationRequest, Registration | null | Error>((requests) => this.registerBatch(requests));
  /**
   * Per forum, the last count taken and the last one sent. Two flushes count (joins', and check-ins' and voids'),
   * independently: a count taken earlier but finished later would show an older number, so it is dropped.
   */
  private readonly counts = new Map<string, { taken: number; sent: number }>();
  private readonly joinInfos = new JoinInfoCache();

  constructor(
    @Inject(ParticipantsRepository) private readonly participants: ParticipantsRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(TallyRegistry) private readonly tallies: TallyRegistry,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(RegistrationLimits) private readonly registrationLimits: RegistrationLimits,
    @Inject(AttendeeRevocations) private readonly revocations: AttendeeRevocations,
    @Inject(SnapshotParts) parts: SnapshotParts,
  ) {
    // New participants and the room's counts are announced at most once per interval, to staff and the projector
    // only: a join storm of N attendees costs a few frames, not N² (and none to the phones), and registrations do not
    // queue on the forum row's lock.
    tallies.register('attendance', (forumId, participantIds) => this.flushJoins(forumId, participantIds));
    tallies.register('headcount', (forumId) => this.flushHeadcount(forumId));
    parts.addRoom(['forum'], async (_, forum) => ({ forum: toJoinInfo(forum, this.config.publicUrl) }));
    parts.addStaff(['participants'], async (manager, forum) => ({
      participants: (await this.participants.ofForum(manager, forum.id)).map(toParticipantView),
    }));
  }

  async joinInfo(code: string): Promise<JoinInfo> {
    const joinCode = normaliseJoinCode(code);
    const info = joinCode
      ? await this.joinInfos.get(joinCode, async () => {
          const forum = await this.participants.publishedForum(joinCode);
          return forum && toJoinInfo(forum, this.config.publicUrl);
        })
      : null;
    if (!info) throw knownError('joinCodeUnknown', { message: `No forum has the join code "${code}"` });
    return info;
  }

  /**
   * Registration writes only the participant; the room and staff hear of joins in coalesced batches. Counted
   * against the client's address and the forum first (restores too: a script could forge device keys), and a
   * browser that registered before gets its own attendee back.
   */
  async register(code: string, dto: RegisterParticipantDto, clientAddress: string): Promise<RegisterParticipantResponse> {
    const joinCode = normaliseJoinCode(code);
    if (!joinCode) throw knownError('joinCodeUnknown', { message: `No forum has the join code "${code}"` });
    await this.registrationLimits.check(clientAddress, joinCode);
    // The phone gets a signed token; the stored hash is of a random one nobody holds, so a restore still ends the
    // browser's older random token as it did before.
    const saved = await this.registrations.submit({
      joinCode,
      name: dto.name,
      institution: dto.institution,
      category: dto.category,
      mode: dto.mode,
      attendeeToken: newAttendeeToken(),
      deviceKeyHash: dto.deviceKey ? hashDeviceKey(joinCode, dto.deviceKey) : null,
    });
    if (saved instanceof Error) throw saved;
    if (!saved) throw knownError('joinCodeUnknown', { message: `No forum has the join code "${code}"` });
    if (saved.voidedAt) throw knownError('attendeeVoided');
    const { forumId, restored } = saved;
    const participant = toParticipantView(saved);
    // The joins' flush also sends the new counts.
    if (!restored) this.tallies.changed('attendance', forumId, participant.id);
    return { forumId, attendeeToken: signAttendeeToken(this.config.sessionSecret, forumId, participant.id), participant, restored };
  }

  /**
   * One statement per batch, each device at most once in it (a double tap's second request goes in the next). A
   * batch that fails is written again one request at a time, so one request's error is only its own.
   */
  private async registerBatch(requests: RegistrationRequest[]): Promise<Array<Registration | null | Error>> {
    const results: Array<Registration | null | Error> = new Array(requests.length);
    let pending = requests.map((request, index) => ({ request, index }));
    while (pending.length > 0) {
      const devices = new Set<string>();
      const now: typeof pending = [];
      const later: typeof pending = [];
      for (const entry of pending) {
        const device = entry.request.deviceKeyHash;
        if (device && devices.has(device)) later.push(entry);
        else {
          if (device) devices.add(device);
          now.push(entry);
        }
      }
      pending = later;
      try {
        (await this.participants.registerMany(now.map(({ request }) => request))).forEach((result, i) => (results[now[i].index] = result));
      } catch (error) {
        if (now.length === 1) results[now[0].index] = error instanceof Error ? error : new Error(String(error));
        else for (const entry of now) [results[entry.index]] = await this.registerBatch([entry.request]);
      }
    }
    return results;
  }

  /** One transaction per batch of joins: a numbered staff change per new participant, and the counts they make. */
  private async flushJoins(forumId: string, participantIds: string[]): Promise<void> {
    const ticket = this.countTicket(forumId);
    const { changes, attendance } = await this.participants.transaction(async (manager) => {
      // Read under the forum's lock, so a later sequence number never carries an older state of the participant.
      await lockForum(manager, forumId);
      const joined = await this.participants.ofForum(manager, forumId, participantIds);
      return {
        changes: await stampStaffMany(
          manager,
          forumId,
          joined.map((participant) => ({ type: 'participant.joined' as const, participant: toParticipantView(participant) })),
        ),
        attendance: await this.participants.countAttendance(forumId, manager),
      };
    });
    this.broadcaster.send(forumId, changes);
    this.sendCounts(forumId, ticket, attendance);
  }

  /** The room's counts after check-ins and voids: one count per interval, to the projector and staff. */
  private async flushHeadcount(forumId: string): Promise<void> {
    const ticket = this.countTicket(forumId);
    this.sendCounts(forumId, ticket, await this.participants.countAttendance(forumId));
  }

  /** Taken before a count is read: a count read later sees every change an earlier one saw. */
  private countTicket(forumId: string): number {
    const counts = this.counts.get(forumId) ?? { taken: 0, sent: 0 };
    this.counts.set(forumId, counts);
    return ++counts.taken;
  }

  private sendCounts(forumId: string, ticket: number, attendance: AttendanceCounts): void {
    const counts = this.counts.get(forumId);
    if (!counts || ticket < counts.sent) return;
    counts.sent = ticket;
    this.broadcaster.sendAttendance(forumId, attendance);
  }

  /**
   * The attendee a token belongs to, in this forum, if it is not voided; null for an unknown token. Signed tokens
   * need no lookup to be trusted; the older random ones (still on phones) are found by their hash.
   */
  async authenticate(forumId: string, token: string): Promise<AttendeeAuthentication> {
    if (!isSignedAttendeeToken(token)) {
      const holder = await this.participants.holderOfToken(forumId, token);
      return holder ? { participantId: holder.id, voided: holder.voided } : null;
    }
    const participantId = participantOfSignedToken(this.config.sessionSecret, forumId, token);
    return participantId ? { participantId, voided: this.revocations.isRevoked(participantId) } : null;
  }

  /** The attendee a token belongs to, with their name, in this forum; null for an unknown token or a voided attendee. */
  async findByToken(forumId: string, token: string): Promise<TokenHolder | null> {
    const known = await this.authenticate(forumId, token);
    if (!known || known.voided) return null;
    const holder = await this.participants.holderById(forumId, known.participantId);
    return holder && !holder.voided ? { id: holder.id, name: holder.name } : null;
  }
}

/** Who a token names, and whether they were voided; null for a token of nobody in the forum. */
export type AttendeeAuthentication = { participantId: string; voided: boolean } | null;

export function toParticipantView(participant: RegisteredParticipant): ParticipantView {
  return {
    id: participant.id,
    name: participant.name,
    institution: participant.institution,
    category: participant.category,
    mode: participant.mode,
    joinedAt: participant.joinedAt.toISOString(),
    verified: Boolean(participant.verifiedAt),
    verifiedBy: participant.verifiedBy ?? null,
    voided: Boolean(participant.voidedAt),
    voidReason: participant.voidReason ?? null,
  };
}

export function toJoinInfo(forum: Forum, publicUrl: string): JoinInfo {
  const joinCode = forum.joinCode ?? '';
  return {
    forumId: forum.id,
    joinCode,
    joinUrl: joinCode ? joinUrl(publicUrl, joinCode) : '',
    title: forum.title,
    theme: forum.theme,
    serviceName: forum.serviceName,
    unitName: forum.unitName,
    venue: forum.venue,
    startsAt: forum.startsAt.toISOString(),
    streamUrl: forum.streamUrl,
  };
}
