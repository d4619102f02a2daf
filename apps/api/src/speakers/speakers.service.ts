import { Inject, Injectable } from '@nestjs/common';
import { LIMITS, type SpeakerView } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/postgres-errors';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumsRepository } from '../forums/forums.repository';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic } from '../realtime/forum-sequencer';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import type { Participant, SpeakerRequest } from '@mufakat/persistence';
import { SpeakersRepository } from './speakers.repository';

function toSpeakerView(request: SpeakerRequest, participant: Participant): SpeakerView {
  return {
    id: request.id,
    participantId: request.participantId,
    name: participant.name,
    institution: participant.institution,
    mode: participant.mode,
    status: request.status,
    requestedAt: request.requestedAt.toISOString(),
    startedAt: request.startedAt?.toISOString() ?? null,
    limitSeconds: request.limitSeconds,
  };
}

/** The speaker queue: attendees raise a hand, in the room or online; the moderator orders it and gives the floor. */
@Injectable()
export class SpeakersService {
  constructor(
    @Inject(SpeakersRepository) private readonly requests: SpeakersRepository,
    @Inject(ForumsRepository) private readonly forums: ForumsRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SnapshotParts) parts: SnapshotParts,
  ) {
    parts.addRoom(['speakers'], async (manager, forum) => ({ speakers: await this.queue(manager, forum.id) }));
  }

  /** Who speaks now, then who waits, in order. */
  private async queue(manager: EntityManager, forumId: string): Promise<SpeakerView[]> {
    const requests = await this.requests.queue(manager, forumId);
    const speaking = requests.filter((request) => request.status === 'speaking');
    const waiting = requests.filter((request) => request.status === 'waiting');
    return [...speaking, ...waiting].map((request) => toSpeakerView(request, request.participant));
  }

  /** Idempotent: a second raise returns the hand already up. */
  async raiseHand(forumId: string, participantId: string): Promise<SpeakerView> {
    try {
      const created = await this.mutate(forumId, async (manager) => {
        const active = await this.requests.active(manager, forumId, participantId);
        if (active) return { result: active, changed: false };
        return { result: await this.requests.raise(manager, forumId, participantId), changed: true };
      });
      return await this.viewOf(created);
    } catch (error) {
      // Two raises at once: the unique index let one in; return that one.
      if (!isUniqueViolation(error)) throw error;
      return this.viewOf(await this.requests.activeOrFail(forumId, participantId));
    }
  }

  async lowerHand(forumId: string, participantId: string): Promise<{ lowered: boolean }> {
    const lowered = await this.mutate(forumId, async (manager) => {
      const active = await this.requests.active(manager, forumId, participantId);
      if (!active) return { result: false, changed: false };
      await this.requests.update(
        manager,
        active.id,
        active.status === 'speaking' ? { status: 'done', endedAt: new Date() } : { status: 'withdrawn', endedAt: new Date() },
      );
      return { result: true, changed: true };
    });
    return { lowered };
  }

  async reorder(forumId: string, userId: string, orderedIds: string[]): Promise<SpeakerView[]> {
    await this.access.require(forumId, userId, 'runAgenda');
    return this.mutate(forumId, async (manager) => {
      const waiting = await this.requests.waiting(manager, forumId);
      const known = new Set(waiting.map((request) => request.id));
      if (orderedIds.length !== known.size || new Set(orderedIds).size !== orderedIds.length || !orderedIds.every((id) => known.has(id))) {
        throw new DomainError('VALIDATION_FAILED', 'orderedIds must list every waiting request exactly once', [
          'orderedIds: must be a permutation of the waiting request ids',
        ]);
      }
      for (const [position, id] of orderedIds.entries()) await this.requests.update(manager, id, { position });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'speakers.reorder' });
      return { result: await this.queue(manager, forumId), changed: true };
    });
  }

  async giveFloor(forumId: string, userId: string, requestId: string, limitSeconds: number | null): Promise<SpeakerView> {
    await this.access.require(forumId, userId, 'runAgenda');
    if (limitSeconds !== null && (limitSeconds < LIMITS.speakerSeconds.min || limitSeconds > LIMITS.speakerSeconds.max)) {
      throw new DomainError('VALIDATION_FAILED', 'Speaking time out of range', [
        `limitSeconds: must be between ${LIMITS.speakerSeconds.min} and ${LIMITS.speakerSeconds.max}`,
      ]);
    }
    const speaking = await this.mutate(forumId, async (manager) => {
      const request = await this.requests.inForum(manager, forumId, requestId);
      if (!request) throw new DomainError('NOT_FOUND', 'Speaker request not found');
      if (request.status !== 'waiting') throw new DomainError('INVALID_STATE', `The request is ${request.status}`);
      const now = new Date();
      await this.requests.endSpeaking(manager, forumId, now);
      await this.requests.update(manager, request.id, { status: 'speaking', startedAt: now, limitSeconds });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'speakers.give-floor', subjectId: request.id, details: { limitSeconds } });
      return { result: await this.requests.byId(manager, request.id), changed: true };
    });
    return this.viewOf(speaking);
  }

  /** Ends a turn, or takes a waiting request off the queue. */
  async end(forumId: string, userId: string, requestId: string): Promise<SpeakerView> {
    await this.access.require(forumId, userId, 'runAgenda');
    const ended = await this.mutate(forumId, async (manager) => {
      const request = await this.requests.inForum(manager, forumId, requestId);
      if (!request) throw new DomainError('NOT_FOUND', 'Speaker request not found');
      if (request.status !== 'waiting' && request.status !== 'speaking') throw new DomainError('INVALID_STATE', `The request is already ${request.status}`);
      await this.requests.update(manager, request.id, { status: 'done', endedAt: new Date() });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'speakers.end', subjectId: request.id });
      return { result: await this.requests.byId(manager, request.id), changed: true };
    });
    return this.viewOf(ended);
  }

  private async viewOf(request: SpeakerRequest): Promise<SpeakerView> {
    return toSpeakerView(request, await this.requests.participant(request.participantId));
  }

  /** One queue change at a time per forum; the new queue is numbered and broadcast when something changed. */
  private async mutate<T>(forumId: string, apply: (manager: EntityManager) => Promise<{ result: T; changed: boolean }>): Promise<T> {
    const { result, change } = await this.requests.transaction(async (manager) => {
      await this.forums.lock(manager, forumId);
      const { result, changed } = await apply(manager);
      const change = changed ? await stampPublic(manager, forumId, { type: 'speakers.updated', speakers: await this.queue(manager, forumId) }) : null;
      return { result, change };
    });
    if (change) this.broadcaster.send(forumId, [change]);
    return result;
  }
}
