import { LiveEvent, type ErrorCode } from '@mufakat/contracts';
import { PRINCIPALS, type ForumFixture } from './forum-fixture';
import { hostileCase, seededRandom } from './hostile-payloads';
import { LIVE_EVENTS } from './live-event-table';

export const FUZZ_SEED = 0x4d554641; // "MUFA"
/** The codes a refusal may carry; INTERNAL is not among them: it means a handler failed on the input. */
const ERROR_CODES: readonly ErrorCode[] = ['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID_STATE', 'RATE_LIMITED'];

const events = Object.entries(LIVE_EVENTS) as Array<[keyof typeof LIVE_EVENTS, (typeof LIVE_EVENTS)[keyof typeof LIVE_EVENTS]]>;

/** A valid payload per event, naming real rows of forum A: what the hostile cases are made from. */
export type FuzzTemplates = Map<string, Record<string, unknown>>;

/** Makes the templates (this writes: fresh questions, polls, items); call it before taking a fingerprint. */
export async function fuzzTemplates(fx: ForumFixture): Promise<FuzzTemplates> {
  const templates: FuzzTemplates = new Map();
  for (const [key, spec] of events) templates.set(key, await spec.valid(fx, 'organiser'));
  return templates;
}

export interface FuzzReport {
  cases: number;
  failures: string[];
  ms: number;
}

/**
 * Sends `perEvent` seeded hostile payloads for every event of the contract from every principal of the fixture, and
 * names every case that was accepted, left without an acknowledgement, refused with an unknown code or INTERNAL, or
 * that cut the principal's connection.
 */
export async function fuzzLiveEvents(fx: ForumFixture, templates: FuzzTemplates, perEvent: number, seed = FUZZ_SEED): Promise<FuzzReport> {
  const random = seededRandom(seed);
  const failures: string[] = [];
  let cases = 0;
  const started = performance.now();
  // One principal after the other (the cases are drawn in a fixed order), each event's cases sent at once.
  for (const principal of PRINCIPALS) {
    const socket = fx.sockets[principal];
    for (const [key, spec] of events) {
      const event = LiveEvent[key];
      const drawn = Array.from({ length: perEvent }, () => hostileCase(templates.get(key) as Record<string, unknown>, spec.optional, random));
      cases += drawn.length;
      const acks = await Promise.all(drawn.map((c) => socket.emitRaw(event, c.payload).catch((error: Error) => error)));
      acks.forEach((ack, i) => {
        const where = `${principal} ${event} [${drawn[i].label}]`;
        if (ack instanceof Error) failures.push(`${where}: no acknowledgement (${ack.message})`);
        else if (ack.ok) failures.push(`${where}: accepted`);
        else if (!ERROR_CODES.includes(ack.error.code) || typeof ack.error.message !== 'string') failures.push(`${where}: ${JSON.stringify(ack.error)}`);
      });
      if (!socket.socket.connected) failures.push(`${principal} was disconnected by ${event}`);
    }
  }
  return { cases, failures, ms: Math.round(performance.now() - started) };
}
