import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, type SpeakerView } from '@mufakat/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/postgres-errors';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic } from '../realtime/forum-sequencer';
import { Forum, Participant, SpeakerRequest } from '@mufakat/persistence';

const ACTIVE = In(['waiting', 'speaking']);

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
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Who speaks now, then who waits, in order. */
  async queue(manager: EntityManager, forumId: string): Promise<SpeakerView[]> {
    const requests = await manager.find(SpeakerRequest, {
      where: { forumId, status: ACTIVE },
      relations: { participant: true },
      order: { position: 'ASC', requestedAt: 'ASC' },
    });
    const speaking = requests.filter((request) => request.status === 'speaking');
    const waiting = requests.filter((request) => request.status === 'waiting');
    return [...speaking, ...waiting].map((request) => toSpeakerView(request, request.participant as Participant));
  }

  /** Idempotent: a second raise returns the hand already up. */
  async raiseHand(forumId: string, participantId: string): Promise<SpeakerView> {
    try {
      const created = await this.mutate(forumId, async (manager) => {
        const active = await manager.findOne(SpeakerRequest, { where: { forumId, participantId, status: ACTIVE } });
        if (active) return { result: active, changed: false };
        const { last } = (await manager
          .createQueryBuilder(SpeakerRequest, 'r')
          .select('coalesce(max(r.position), -1)', 'last')
          .where('r.forum_id = :forumId', { forumId })
          .getRawOne<{ last: number }>()) ?? { last: -1 };
        const created = await manager.save(manager.create(SpeakerRequest, { forumId, participantId, status: 'waiting', position: Number(last) + 1 }));
        return { result: created, changed: true };
      });
      return await this.viewOf(created);
    } catch (error) {
      // Two raises at once: the unique index let one in; return that one.
      if (!isUniqueViolation(error)) throw error;
      const active = await this.db.getRepository(SpeakerRequest).findOneByOrFail({ forumId, participantId, status: ACTIVE });
      return this.viewOf(active);
    }
  }

  async lowerHand(forumId: string, participantId: string): Promise<{ lowered: boolean }> {
    const lowered = await this.mutate(forumId, async (manager) => {
      const active = await manager.findOne(SpeakerRequest, { where: { forumId, participantId, status: ACTIVE } });
      if (!active) return { result: false, changed: false };
      await manager.update(
        SpeakerRequest,
        { id: active.id },
        active.status === 'speaking' ? { status: 'done', endedAt: new Date() } : { status: 'withdrawn', endedAt: new Date() },
      );
      return { result: true, changed: true };
    });
    return { lowered };
  }

  async reorder(forumId: string, userId: string, orderedIds: string[]): Promise<SpeakerView[]> {
    await this.access.require(forumId, userId, 'runAgenda');
    return this.mutate(forumId, async (manager) => {
      const waiting = await manager.find(SpeakerRequest, { where: { forumId, status: 'waiting' } });
      const known = new Set(waiting.map((request) => request.id));
      if (orderedIds.length !== known.size || new Set(orderedIds).size !== orderedIds.length || !orderedIds.every((id) => known.has(id))) {
        throw new DomainError('VALIDATION_FAILED', 'orderedIds must list every waiting request exactly once', [
          'orderedIds: must be a permutation of the waiting request ids',
        ]);
      }
      for (const [position, id] of orderedIds.entries()) await manager.update(SpeakerRequest, { id }, { position });
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
      const request = await manager.findOneBy(SpeakerRequest, { id: requestId, forumId });
      if (!request) throw new DomainError('NOT_FOUND', 'Speaker request not found');
      if (request.status !== 'waiting') throw new DomainError('INVALID_STATE', `The request is ${request.status}`);
      const now = new Date();
      await manager.update(SpeakerRequest, { forumId, status: 'speaking' }, { status: 'done', endedAt: now });
      await manager.update(SpeakerRequest, { id: request.id }, { status: 'speaking', startedAt: now, limitSeconds });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'speakers.give-floor', subjectId: request.id, details: { limitSeconds } });
      return { result: await manager.findOneByOrFail(SpeakerRequest, { id: request.id }), changed: true };
    });
    return this.viewOf(speaking);
  }

  /** Ends a turn, or takes a waiting request off the queue. */
  async end(forumId: string, userId: string, requestId: string): Promise<SpeakerView> {
    await this.access.require(forumId, userId, 'runAgenda');
    const ended = await this.mutate(forumId, async (manager) => {
      const request = await manager.findOneBy(SpeakerRequest, { id: requestId, forumId });
      if (!request) throw new DomainError('NOT_FOUND', 'Speaker request not found');
      if (request.status !== 'waiting' && request.status !== 'speaking') throw new DomainError('INVALID_STATE', `The request is already ${request.status}`);
      await manager.update(SpeakerRequest, { id: request.id }, { status: 'done', endedAt: new Date() });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'speakers.end', subjectId: request.id });
      return { result: await manager.findOneByOrFail(SpeakerRequest, { id: request.id }), changed: true };
    });
    return this.viewOf(ended);
  }

  private async viewOf(request: SpeakerRequest): Promise<SpeakerView> {
    return toSpeakerView(request, await this.db.getRepository(Participant).findOneByOrFail({ id: request.participantId }));
  }

  /** One queue change at a time per forum; the new queue is numbered and broadcast when something changed. */
  private async mutate<T>(
    forumId: string,
    apply: (manager: EntityManager) => Promise<{ result: T; changed: boolean }>,
  ): Promise<T> {
    const { result, change } = await this.db.transaction(async (manager) => {
      await manager.findOne(Forum, { where: { id: forumId }, lock: { mode: 'pessimistic_write' } });
      const { result, changed } = await apply(manager);
      const change = changed ? await stampPublic(manager, forumId, { type: 'speakers.updated', speakers: await this.queue(manager, forumId) }) : null;
      return { result, change };
    });
    if (change) this.broadcaster.send(forumId, [change]);
    return result;
  }
}
