import type { MinutesJobData } from '@mufakat/minutes';

/** Where minutes jobs go: BullMQ in the hosted mode, the api's own process in the embedded mode. */
export abstract class MinutesQueue {
  /**
   * Hands one version's job over; handing the same version over twice is one job. Rejects when the queue cannot
   * take it now (Redis away): the version is then left for the relay. Call only after its transaction committed.
   */
  abstract enqueue(job: MinutesJobData): Promise<void>;

  /**
   * Given versions in flight whose job was handed over earlier, enqueues again those no job will run any more (Redis
   * lost it, a worker died with it, the process that held it was killed) and returns them. `atStart`: this process
   * has just started and its relay has not recovered anything yet.
   */
  abstract recover(inFlight: readonly MinutesJobData[], atStart: boolean): Promise<MinutesJobData[]>;
}
