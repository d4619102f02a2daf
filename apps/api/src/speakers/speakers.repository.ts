import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Participant, SpeakerRequest } from '@mufakat/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';

/** A request in the queue, with the attendee who raised the hand. */
export type QueuedRequest = SpeakerRequest & { participant: Participant };

/** What a change of a request may touch. */
export type SpeakerRequestChange = Partial<Pick<SpeakerRequest, 'status' | 'position' | 'startedAt' | 'endedAt' | 'limitSeconds'>>;

const ACTIVE = In(['waiting', 'speaking']);

/** Every query of the speaker queue. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class SpeakersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The waiting and speaking requests, in queue order, with their attendees. */
  async queue(manager: EntityManager, forumId: string): Promise<QueuedRequest[]> {
    const requests = await manager.find(SpeakerRequest, {
      where: { forumId, status: ACTIVE },
      relations: { participant: true },
      order: { position: 'ASC', requestedAt: 'ASC' },
    });
    return requests.filter((request): request is QueuedRequest => request.participant !== undefined);
  }

  /** The attendee's waiting or speaking request, if any (there is at most one). */
  active(manager: EntityManager, forumId: string, participantId: string): Promise<SpeakerRequest | null> {
    return manager.findOne(SpeakerRequest, { where: { forumId, participantId, status: ACTIVE } });
  }

  /** Outside any transaction: the request another raise just committed. */
  activeOrFail(forumId: string, participantId: string): Promise<SpeakerRequest> {
    return this.db.getRepository(SpeakerRequest).findOneByOrFail({ forumId, participantId, status: ACTIVE });
  }

  /** A new hand at the end of the queue; fails with a unique violation when the attendee already has one up. */
  async raise(manager: EntityManager, forumId: string, participantId: string): Promise<SpeakerRequest> {
    const { last } = (await manager
      .createQueryBuilder(SpeakerRequest, 'r')
      .select('coalesce(max(r.position), -1)', 'last')
      .where('r.forum_id = :forumId', { forumId })
      .getRawOne<{ last: number }>()) ?? { last: -1 };
    return manager.save(manager.create(SpeakerRequest, { forumId, participantId, status: 'waiting', position: Number(last) + 1 }));
  }

  waiting(manager: EntityManager, forumId: string): Promise<SpeakerRequest[]> {
    return manager.find(SpeakerRequest, { where: { forumId, status: 'waiting' } });
  }

  inForum(manager: EntityManager, forumId: string, requestId: string): Promise<SpeakerRequest | null> {
    return manager.findOneBy(SpeakerRequest, { id: requestId, forumId });
  }

  byId(manager: EntityManager, requestId: string): Promise<SpeakerRequest> {
    return manager.findOneByOrFail(SpeakerRequest, { id: requestId });
  }

  async update(manager: EntityManager, requestId: string, values: SpeakerRequestChange): Promise<void> {
    await manager.update(SpeakerRequest, { id: requestId }, values);
  }

  /** Ends whoever has the floor. */
  async endSpeaking(manager: EntityManager, forumId: string, at: Date): Promise<void> {
    await manager.update(SpeakerRequest, { forumId, status: 'speaking' }, { status: 'done', endedAt: at });
  }

  /** The attendee behind a request. */
  participant(participantId: string): Promise<Participant> {
    return this.db.getRepository(Participant).findOneByOrFail({ id: participantId });
  }
}
