import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { ForumSnapshot, Viewer } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { knownError } from '../common/known-error';
import { StatementBatcher } from '../database/statement-batcher';
import { SnapshotParts, type RoomState } from '../realtime/snapshot-parts.registry';
import type { LiveSession } from './live-session';
import { SnapshotRepository, type AttendeeOwnState, type ForumStateRead } from './snapshot.repository';

/** Forums whose shared part is kept; the least recently used goes first, so idle forums do not pin memory. */
const SHARED_CACHE_FORUMS = 64;

/**
 * Builds a viewer's full forum state as one consistent moment, so it matches its sequence number. The parts come
 * from the features (SnapshotParts); this only decides what is read together and what is reused.
 */
@Injectable()
export class SnapshotService implements OnApplicationBootstrap {
  /** forumId → the shared part at one state of the forum (in flight while it is being read: one read per state). */
  private readonly shared = new Map<string, { key: string; part: Promise<RoomState | null> }>();
  /** Attendees asking at once (a join storm, a reconnect wave) read their own parts in one statement per forum. */
  private readonly attendeeStates = new StatementBatcher<AttendeeStateRequest, ForumStateRead | null | Error>((requests) => this.readAttendeeStates(requests));

  constructor(
    @Inject(SnapshotRepository) private readonly snapshots: SnapshotRepository,
    @Inject(SnapshotParts) private readonly parts: SnapshotParts,
  ) {}

  onApplicationBootstrap(): void {
    const missing = this.parts.missing();
    if (missing.length > 0) throw new Error(`No feature provides these snapshot parts: ${missing.join(', ')}`);
  }

  /**
   * An attendee's snapshot is one statement for their own part and the forum's state, plus the shared part of that
   * state, read once however many attendees ask for it at once (a join storm). Staff and the projector read
   * everything in one repeatable-read transaction.
   */
  async build(session: LiveSession): Promise<ForumSnapshot> {
    if (session.kind === 'attendee') {
      // The shared part may turn out to be of a newer state than the attendee's read: then read again.
      for (let attempt = 0; attempt < 3; attempt++) {
        const read = await this.attendeeStates.submit({ forumId: session.forumId, participantId: session.participantId });
        if (read instanceof Error) throw read;
        if (!read) throw knownError('forumNotFound');
        const shared = await this.sharedAt(session.forumId, read.sharedKey);
        if (shared) return this.assemble(read, shared, await this.snapshots.withoutTransaction((manager) => this.viewer(manager, session, read)));
      }
    }
    return this.snapshots.repeatableRead(async (manager) => {
      const read = await this.snapshots.forumState(session.forumId, session.kind === 'attendee' ? session.participantId : null, manager);
      if (!read) throw knownError('forumNotFound');
      const snapshot = this.assemble(read, await this.sharedPart(manager, session.forumId, read.sharedKey), await this.viewer(manager, session, read));
      if (session.kind === 'staff') {
        const forum = await this.snapshots.forum(manager, session.forumId);
        snapshot.staff = { seq: forum.staffSeq, ...(await this.parts.readStaff(manager, forum)) };
      }
      return snapshot;
    });
  }

  /** One statement per forum; a forum whose read fails fails only its own attendees' snapshots. */
  private async readAttendeeStates(requests: AttendeeStateRequest[]): Promise<Array<ForumStateRead | null | Error>> {
    const byForum = new Map<string, string[]>();
    for (const { forumId, participantId } of requests) {
      const ids = byForum.get(forumId) ?? [];
      ids.push(participantId);
      byForum.set(forumId, ids);
    }
    const states = new Map(
      await Promise.all(
        [...byForum].map(async ([forumId, ids]) => {
          const read = await this.snapshots
            .attendeeStates(forumId, [...new Set(ids)])
            .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
          return [forumId, read] as const;
        }),
      ),
    );
    return requests.map(({ forumId, participantId }) => {
      const read = states.get(forumId);
      return read instanceof Error ? read : (read?.get(participantId) ?? null);
    });
  }

  private assemble(read: ForumStateRead, shared: RoomState, viewer: Viewer): ForumSnapshot {
    const snapshot: ForumSnapshot = { seq: read.seq, serverTime: new Date().toISOString(), ...shared, viewer };
    // The room's counts are the projector's and staff's (see ForumSnapshot.attendance).
    if (viewer.role !== 'attendee' && read.attendance) snapshot.attendance = read.attendance;
    return snapshot;
  }

  /**
   * What every viewer of the forum sees at this state. Every change to it is a public change (which moves the
   * forum's seq) or an edit of the forum row (which moves updated_at), so it is built once per state and reused:
   * a join storm of thousands of snapshots at the same state reads it from the database once.
   */
  private async sharedPart(manager: EntityManager, forumId: string, key: string): Promise<RoomState> {
    const cached = await this.cached(forumId, key);
    if (cached) return cached;
    const part = await this.readShared(manager, forumId);
    this.remember(forumId, key, Promise.resolve(part));
    return part;
  }

  /** The shared part at this state: cached, being read, or read now in a transaction of its own; null if the forum moved on. */
  private async sharedAt(forumId: string, key: string): Promise<RoomState | null> {
    const cached = await this.cached(forumId, key);
    if (cached) return cached;
    const part = this.snapshots
      .repeatableRead(async (manager) => {
        const read = await this.snapshots.forumState(forumId, null, manager);
        return read?.sharedKey === key ? this.readShared(manager, forumId) : null;
      })
      .catch((error: unknown) => {
        this.shared.delete(forumId);
        throw error;
      });
    this.remember(forumId, key, part);
    return part;
  }

  private async cached(forumId: string, key: string): Promise<RoomState | null> {
    const entry = this.shared.get(forumId);
    if (entry?.key !== key) return null;
    // Re-inserted, so the map's order is least recently used first.
    this.shared.delete(forumId);
    this.shared.set(forumId, entry);
    return entry.part;
  }

  private remember(forumId: string, key: string, part: Promise<RoomState | null>): void {
    this.shared.delete(forumId);
    this.shared.set(forumId, { key, part });
    while (this.shared.size > SHARED_CACHE_FORUMS) this.shared.delete(this.shared.keys().next().value as string);
  }

  private async readShared(manager: EntityManager, forumId: string): Promise<RoomState> {
    return this.parts.readRoom(manager, await this.snapshots.forum(manager, forumId));
  }

  private async viewer(manager: EntityManager, session: LiveSession, read: ForumStateRead): Promise<Viewer> {
    switch (session.kind) {
      case 'projector':
        return { role: 'projector' };
      case 'staff':
        return { role: session.role, userId: session.userId, name: session.name };
      case 'attendee': {
        const { isRepresentative, ...own } = read.attendee as AttendeeOwnState;
        const parts = await this.parts.readAttendee(manager, { forumId: session.forumId, participantId: session.participantId, isRepresentative });
        return { role: 'attendee', participantId: session.participantId, ...own, ...parts };
      }
    }
  }
}

interface AttendeeStateRequest {
  forumId: string;
  participantId: string;
}
