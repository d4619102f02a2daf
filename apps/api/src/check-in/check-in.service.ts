import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { normaliseCheckInCode, type CheckInCode, type CheckInResult, type CheckInState, type ForumChange, type ParticipantView } from '@mufakat/contracts';
import type { Participant } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { knownError } from '../common/known-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { toParticipantView } from '../participants/participants.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import { TallyRegistry } from '../realtime/tally-registry.service';
import { checkInCodeStatus, currentCheckInCode } from './check-in-code';
import { CheckInRepository, type Contributions } from './check-in.repository';

/**
 * Room check-in: staff turn it on, the projector shows a code that changes every few minutes, attendees in the room
 * type it and become verified; staff confirm remote attendees by hand. Counts then show verified attendees apart.
 */
@Injectable()
export class CheckInService {
  constructor(
    @Inject(CheckInRepository) private readonly checkIns: CheckInRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(TallyRegistry) private readonly tallies: TallyRegistry,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SnapshotParts) parts: SnapshotParts,
  ) {
    // Only whether it is on: the code itself never enters a snapshot (the projector asks for it apart).
    parts.addRoom(['checkIn'], async (_, forum) => ({ checkIn: { enabled: forum.checkInEnabled } }));
  }

  async setEnabled(forumId: string, userId: string, enabled: boolean): Promise<CheckInState> {
    await this.access.require(forumId, userId, 'manageAttendance');
    const { changes, itemIds } = await this.checkIns.transaction(async (manager) => {
      const forum = await this.checkIns.forumForUpdate(manager, forumId);
      if (!forum) throw knownError('forumNotFound');
      if (forum.checkInEnabled === enabled) return { changes: [], itemIds: [] };
      await this.checkIns.setCheckIn(manager, forumId, { checkInEnabled: enabled, checkInSecret: forum.checkInSecret ?? randomBytes(32).toString('hex') });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: enabled ? 'check-in.enable' : 'check-in.disable', subjectId: forumId });
      return {
        changes: [await stampPublic(manager, forumId, { type: 'checkIn.changed', checkIn: { enabled } })],
        itemIds: await this.checkIns.roomConsensusItemIds(manager, forumId),
      };
    });
    this.broadcaster.send(forumId, changes);
    // Tallies, the IKM and attendance gain (or lose) their verified counts.
    if (changes.length > 0) this.recount(forumId, { consensusItemIds: itemIds, pollIds: [], surveyed: true });
    return { enabled };
  }

  /** The code on the projector now: for the projector and staff only, never in a snapshot. */
  async currentCode(forumId: string): Promise<CheckInCode> {
    const settings = await this.checkIns.settings(forumId);
    if (!settings) throw knownError('forumNotFound');
    if (!settings.checkInEnabled || !settings.checkInSecret) throw knownError('checkInNotOpen');
    const { code, validUntil } = currentCheckInCode(settings.checkInSecret, Date.now());
    return { code, validUntil: validUntil.toISOString() };
  }

  /** An attendee types the projector's code (their attempts are rate-limited at the gateway). */
  async checkIn(forumId: string, participantId: string, given: string): Promise<CheckInResult> {
    const settings = await this.checkIns.settings(forumId);
    if (!settings?.checkInEnabled || !settings.checkInSecret) throw knownError('checkInNotOpen');
    const code = normaliseCheckInCode(given);
    const status = code ? checkInCodeStatus(settings.checkInSecret, code, Date.now()) : 'wrong';
    if (status === 'expired') throw knownError('checkInCodeExpired', { details: ['code: expired'] });
    if (status === 'wrong') throw knownError('checkInCodeWrong', { details: ['code: wrong'] });
    await this.verify(forumId, participantId, 'code', null);
    return { verified: true };
  }

  /** Staff confirm an attendee they know is there (or a remote attendee who cannot see the projector). */
  async confirm(forumId: string, userId: string, participantId: string): Promise<ParticipantView> {
    await this.access.require(forumId, userId, 'manageAttendance');
    return this.verify(forumId, participantId, 'staff', userId);
  }

  /** Marks tallies the attendee counts in as changed, attendance too: they are counted again (coalesced) and broadcast. */
  recount(forumId: string, contributions: Contributions): void {
    this.tallies.changed('headcount', forumId, forumId);
    for (const itemId of contributions.consensusItemIds) this.tallies.changed('consensus', forumId, itemId);
    for (const pollId of contributions.pollIds) this.tallies.changed('pollResults', forumId, pollId);
    if (contributions.surveyed) this.tallies.changed('survey', forumId, 'survey');
  }

  private async verify(forumId: string, participantId: string, by: 'code' | 'staff', userId: string | null): Promise<ParticipantView> {
    const { participant, changes, contributions } = await this.checkIns.transaction(async (manager) => {
      await lockForum(manager, forumId);
      const participant = await this.checkIns.participantForUpdate(manager, forumId, participantId);
      if (!participant) throw knownError('participantNotFound');
      if (participant.voidedAt) throw knownError('attendeeVoided');
      if (participant.verifiedAt) return { participant, changes: [], contributions: null };
      await this.checkIns.markVerified(manager, participant, by, userId);
      if (userId) await this.audit.record(manager, { forumId, actorUserId: userId, action: 'participant.confirm', subjectId: participantId });
      return {
        participant,
        changes: await this.participantChanges(manager, forumId, participant),
        contributions: await this.checkIns.contributions(manager, participantId),
      };
    });
    this.broadcaster.send(forumId, changes);
    if (contributions) this.recount(forumId, contributions);
    return toParticipantView(participant);
  }

  /** Staff hear of the attendee's new state (the counts follow through `recount`). */
  async participantChanges(manager: EntityManager, forumId: string, participant: Participant): Promise<ForumChange[]> {
    return [await stampStaff(manager, forumId, { type: 'participant.updated', participant: toParticipantView(participant) })];
  }
}
