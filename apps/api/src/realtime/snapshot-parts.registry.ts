import { Injectable } from '@nestjs/common';
import type { ForumSnapshot, StaffState, Viewer } from '@mufakat/contracts';
import type { Forum } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';

/** What every viewer of a forum sees at one state of it. */
/** What every viewer sees alike, cached per state of the forum; attendance moves without a numbered change, so it is read with each snapshot. */
export type RoomState = Omit<ForumSnapshot, 'seq' | 'serverTime' | 'viewer' | 'staff' | 'attendance'>;
/** What staff see besides the room's state; `seq` is the snapshot's own. */
export type StaffParts = Omit<StaffState, 'seq'>;
/** An attendee's own parts read apart from the one-statement read of the snapshot (see snapshot.repository). */
export type AttendeeParts = Pick<Extract<Viewer, { role: 'attendee' }>, 'signing'>;

/** What the snapshot already knows of an attendee when it asks for their other parts. */
export interface AttendeeHints {
  forumId: string;
  participantId: string;
  isRepresentative: boolean;
}

type RoomReader<K extends keyof RoomState> = (manager: EntityManager, forum: Forum) => Promise<Pick<RoomState, K>>;
type StaffReader<K extends keyof StaffParts> = (manager: EntityManager, forum: Forum) => Promise<Pick<StaffParts, K>>;
type AttendeeReader<K extends keyof AttendeeParts> = (manager: EntityManager, attendee: AttendeeHints) => Promise<Pick<AttendeeParts, K>>;

// Records, so a field added to the snapshot's contract fails the build until it is listed here.
const ROOM_KEYS: Record<keyof RoomState, true> = {
  forum: true,
  settings: true,
  agenda: true,
  currentAgendaItemId: true,
  questions: true,
  polls: true,
  pollResults: true,
  speakers: true,
  consensus: true,
  consensusTallies: true,
  survey: true,
  projector: true,
  checkIn: true,
};
const STAFF_KEYS: Record<keyof StaffParts, true> = {
  questions: true,
  participants: true,
  polls: true,
  pollResults: true,
  consensus: true,
  ikm: true,
  documents: true,
  representatives: true,
  reports: true,
};
const ATTENDEE_KEYS: Record<keyof AttendeeParts, true> = { signing: true };

interface Part<R> {
  keys: readonly string[];
  read: R;
}

/**
 * Each feature registers the parts of the snapshot it owns (in its service's constructor), so the snapshot knows
 * no feature: it reads the forum row, asks every part in turn with the same (repeatable-read) manager, and merges.
 * Parts run one after another: one manager is one database connection.
 */
@Injectable()
export class SnapshotParts {
  private readonly room: Array<Part<RoomReader<keyof RoomState>>> = [];
  private readonly staff: Array<Part<StaffReader<keyof StaffParts>>> = [];
  private readonly attendee: Array<Part<AttendeeReader<keyof AttendeeParts>>> = [];

  addRoom<K extends keyof RoomState>(keys: readonly K[], read: RoomReader<K>): void {
    this.room.push({ keys: claim(this.room, keys), read: read as RoomReader<keyof RoomState> });
  }

  addStaff<K extends keyof StaffParts>(keys: readonly K[], read: StaffReader<K>): void {
    this.staff.push({ keys: claim(this.staff, keys), read: read as StaffReader<keyof StaffParts> });
  }

  addAttendee<K extends keyof AttendeeParts>(keys: readonly K[], read: AttendeeReader<K>): void {
    this.attendee.push({ keys: claim(this.attendee, keys), read: read as AttendeeReader<keyof AttendeeParts> });
  }

  /** Which fields no feature provides: checked at start, so a missing module fails loudly, not as a half snapshot. */
  missing(): string[] {
    const have = (parts: Array<Part<unknown>>) => new Set(parts.flatMap((part) => part.keys));
    const room = have(this.room);
    const staff = have(this.staff);
    const attendee = have(this.attendee);
    return [
      ...Object.keys(ROOM_KEYS)
        .filter((key) => !room.has(key))
        .map((key) => `room.${key}`),
      ...Object.keys(STAFF_KEYS)
        .filter((key) => !staff.has(key))
        .map((key) => `staff.${key}`),
      ...Object.keys(ATTENDEE_KEYS)
        .filter((key) => !attendee.has(key))
        .map((key) => `attendee.${key}`),
    ];
  }

  async readRoom(manager: EntityManager, forum: Forum): Promise<RoomState> {
    return (await this.merge(this.room.map((part) => () => part.read(manager, forum)))) as RoomState;
  }

  async readStaff(manager: EntityManager, forum: Forum): Promise<StaffParts> {
    return (await this.merge(this.staff.map((part) => () => part.read(manager, forum)))) as StaffParts;
  }

  async readAttendee(manager: EntityManager, attendee: AttendeeHints): Promise<AttendeeParts> {
    return (await this.merge(this.attendee.map((part) => () => part.read(manager, attendee)))) as AttendeeParts;
  }

  private async merge(reads: Array<() => Promise<object>>): Promise<object> {
    const merged = {};
    for (const read of reads) Object.assign(merged, await read());
    return merged;
  }
}

function claim(parts: Array<Part<unknown>>, keys: readonly string[]): readonly string[] {
  const taken = keys.filter((key) => parts.some((part) => part.keys.includes(key)));
  if (taken.length > 0) throw new Error(`Snapshot part ${taken.join(', ')} is registered twice`);
  return keys;
}
