import { Inject, Injectable } from '@nestjs/common';
import type { ParticipantView } from '@mufakat/contracts';
import { AuditService } from '../audit/audit.service';
import { knownError } from '../common/known-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { toParticipantView } from '../participants/participants.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum } from '../realtime/forum-sequencer';
import { CheckInRepository } from './check-in.repository';
import { CheckInService } from './check-in.service';

/**
 * Staff void an attendee (a stuffed registration, a disruptive script): their consensus signals, poll answers and
 * survey are kept as the record of what happened but counted nowhere, their sockets are dropped, every later
 * connection or registration from their token or device is refused, and the audit log says who, when and why.
 */
@Injectable()
export class AttendeeVoidService {
  constructor(
    @Inject(CheckInRepository) private readonly checkIns: CheckInRepository,
    @Inject(CheckInService) private readonly checkIn: CheckInService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async void(forumId: string, userId: string, participantId: string, reason: string): Promise<ParticipantView> {
    await this.access.require(forumId, userId, 'manageAttendance');
    const { participant, changes, contributions } = await this.checkIns.transaction(async (manager) => {
      await lockForum(manager, forumId);
      const participant = await this.checkIns.participantForUpdate(manager, forumId, participantId);
      if (!participant) throw knownError('participantNotFound');
      if (participant.voidedAt) return { participant, changes: [], contributions: null };
      await this.checkIns.markVoided(manager, participant, reason);
      await this.audit.record(manager, {
        forumId,
        actorUserId: userId,
        action: 'participant.void',
        subjectId: participantId,
        details: { reason, name: participant.name, institution: participant.institution, verified: Boolean(participant.verifiedAt) },
      });
      return {
        participant,
        changes: await this.checkIn.participantChanges(manager, forumId, participant),
        contributions: await this.checkIns.contributions(manager, participantId),
      };
    });
    this.broadcaster.send(forumId, changes);
    if (contributions) {
      this.broadcaster.dropParticipant(participantId);
      this.checkIn.recount(forumId, contributions);
    }
    return toParticipantView(participant);
  }
}
