import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceCounts, JoinInfo, ParticipantView, RegisterParticipantResponse } from '@mufakat/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { Forum } from '../forums/forum.entity';
import { normaliseJoinCode } from '../forums/join-code';
import { Coalescer } from '../realtime/coalescer';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { hashAttendeeToken, newAttendeeToken } from './attendee-token';
import { joinUrl } from '../forums/join-url';
import { Participant } from './participant.entity';
import type { RegisterParticipantDto } from './dto/register-participant.dto';

@Injectable()
export class ParticipantsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ParticipantsService.name);
  /**
   * Forums whose attendance changed: the counts go to every client at most once per interval, so a join
   * storm of N attendees costs N staff messages and a few room broadcasts, not N² frames.
   */
  private readonly attendance: Coalescer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {
    this.attendance = new Coalescer(
      config.tallyFlushMs,
      (forumId) => this.flushAttendance(forumId),
      (error) => this.logger.error(`Attendance flush failed: ${String(error)}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.attendance.drain();
  }

  async joinInfo(code: string): Promise<JoinInfo> {
    return toJoinInfo(await this.publishedForum(this.db.manager, code), this.config.publicUrl);
  }

  async register(code: string, dto: RegisterParticipantDto): Promise<RegisterParticipantResponse> {
    const attendeeToken = newAttendeeToken();
    const { forumId, participant, changes } = await this.db.transaction(async (manager) => {
      const forum = await this.publishedForum(manager, code);
      const saved = await manager.save(
        manager.create(Participant, { forumId: forum.id, ...dto, tokenHash: hashAttendeeToken(attendeeToken) }),
      );
      const view = toParticipantView(saved);
      const changes = [await stampStaff(manager, forum.id, { type: 'participant.joined', participant: view })];
      return { forumId: forum.id, participant: view, changes };
    });
    this.broadcaster.send(forumId, changes);
    this.attendance.add(forumId, forumId);
    return { forumId, attendeeToken, participant };
  }

  private async flushAttendance(forumId: string): Promise<void> {
    const change = await this.db.transaction(async (manager) =>
      stampPublic(manager, forumId, { type: 'attendance.counted', attendance: await countAttendance(manager, forumId) }),
    );
    this.broadcaster.send(forumId, [change]);
  }

  findByToken(forumId: string, token: string): Promise<Participant | null> {
    return this.db.getRepository(Participant).findOneBy({ forumId, tokenHash: hashAttendeeToken(token) });
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
