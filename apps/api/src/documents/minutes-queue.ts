import type { MinutesJobData } from '@mufakat/minutes';

/** Where minutes jobs go: BullMQ in the hosted mode, the api's own process in the embedded mode. */
export abstract class MinutesQueue {
  /** Call after the transaction that created the document version has committed. */
  abstract enqueue(job: MinutesJobData): Promise<void>;
}
