import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceCounts, JoinInfo, ParticipantView, RegisterParticipantResponse } from '@mufakat/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { normaliseJoinCode } from '../forums/join-code';
import { Coalescer } from '../realtime/coalescer';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic, stampStaffMany } from '../realtime/forum-sequencer';
import { hashAttendeeToken, newAttendeeToken } from './attendee-token';
import { joinUrl } from '../forums/join-url';
import type { RegisterParticipantDto } from './dto/register-participant.dto';
import { Forum, Participant } from '@mufakat/persistence';

@Injectable()
export class ParticipantsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ParticipantsService.name);
  /**
   * New participants per forum: announced at most once per interval, so a join storm of N attendees costs a
   * few room broadcasts, not N² frames, and registrations do not queue on the forum row's lock.
   */
  private readonly joined: Coalescer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {
    this.joined = new Coalescer(
      config.tallyFlushMs,
      (forumId, participantIds) => this.flushJoins(forumId, participantIds),
      (error) => this.logger.error(`Join announcement failed: ${String(error)}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.joined.drain();
  }

  async joinInfo(code: string): Promise<JoinInfo> {
    return toJoinInfo(await this.publishedForum(this.db.manager, code), this.config.publicUrl);
  }

  /** Registration writes only the participant; the room and staff hear of joins in coalesced batches. */
  async register(code: string, dto: RegisterParticipantDto): Promise<RegisterParticipantResponse> {
    const attendeeToken = newAttendeeToken();
    // Plain SQL, one statement: a join storm registers hundreds a second, and the ORM's query builder was most
    // of the api's time then (bench profile).
    const joinCode = normaliseJoinCode(code);
    const [saved] = (await this.db.query(
      `INSERT INTO participants (forum_id, name, institution, category, mode, token_hash)
       SELECT f.id, $2, $3, $4, $5, $6 FROM forums f WHERE f.join_code = $1 AND f.status = 'published'
       RETURNING id, forum_id AS "forumId", name, institution, category, mode, joined_at AS "joinedAt"`,
      [joinCode, dto.name, dto.institution, dto.category, dto.mode, hashAttendeeToken(attendeeToken)],
    )) as Participant[];
    if (!joinCode || !saved) throw new DomainError('NOT_FOUND', `No forum has the join code "${code}"`);
    const { forumId } = saved;
    const participant = toParticipantView(saved);
    this.joined.add(forumId, participant.id);
    return { forumId, attendeeToken, participant };
  }

  /** One transaction per batch of joins: a numbered staff change per new participant, then the room's counts. */
  private async flushJoins(forumId: string, participantIds: string[]): Promise<void> {
    const changes = await this.db.transaction(async (manager) => {
      const joined = await manager.find(Participant, { where: { forumId, id: In(participantIds) }, order: { joinedAt: 'ASC' } });
      return [
        ...(await stampStaffMany(
          manager,
          forumId,
          joined.map((participant) => ({ type: 'participant.joined' as const, participant: toParticipantView(participant) })),
        )),
        await stampPublic(manager, forumId, { type: 'attendance.counted', attendance: await countAttendance(manager, forumId) }),
      ];
    });
    this.broadcaster.send(forumId, changes);
  }

  /** On every attendee's connect: plain SQL, not the ORM's query builder (a join storm makes thousands). */
  async findByToken(forumId: string, token: string): Promise<Pick<Participant, 'id' | 'name'> | null> {
    const [row] = (await this.db.query('SELECT id, name FROM participants WHERE forum_id = $1 AND token_hash = $2', [forumId, hashAttendeeToken(token)])) as Array<
      Pick<Participant, 'id' | 'name'>
    >;
    return row ?? null;
  }

  private async publishedForum(manager: EntityManager, code: string): Promise<Forum> {
    const joinCode = normaliseJoinCode(code);
    const forum = joinCode ? await manager.findOneBy(Forum, { joinCode, status: 'published' }) : null;
    if (!forum) throw new DomainError('NOT_FOUND', `No forum has the join code "${code}"`);
    return forum;
  }
}

export async function countAttendance(manager: EntityManager, forumId: string): Promise<AttendanceCounts> {
  const rows = await manager
    .createQueryBuilder(Participant, 'p')
    .select('p.mode', 'mode')
    .addSelect('count(*)::int', 'count')
    .where('p.forum_id = :forumId', { forumId })
    .groupBy('p.mode')
    .getRawMany<{ mode: string; count: number }>();
  const counts: AttendanceCounts = { room: 0, online: 0 };
  for (const row of rows) if (row.mode === 'room' || row.mode === 'online') counts[row.mode] = Number(row.count);
  return counts;
}

export function toParticipantView(participant: Participant): ParticipantView {
  return {
    id: participant.id,
    name: participant.name,
    institution: participant.institution,
    category: participant.category,
    mode: participant.mode,
    joinedAt: participant.joinedAt.toISOString(),
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
