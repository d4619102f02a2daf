import type { FkpReportJobData } from '@mufakat/minutes';

/** Where report jobs go: BullMQ in the hosted mode, the api's own process in the embedded mode (as minutes jobs). */
export abstract class FkpReportQueue {
  /**
   * Hands one report's job over; handing the same report over twice is one job. Rejects when the queue cannot take
   * it now (Redis away): the report is then left for the relay. Call only after its transaction committed.
   */
  abstract enqueue(job: FkpReportJobData): Promise<void>;

  /**
   * Given reports in flight whose job was handed over earlier, enqueues again those no job will run any more (Redis
   * lost it, a worker died with it, the process that held it was killed) and returns them. `atStart`: this process
   * has just started and its relay has not recovered anything yet.
   */
  abstract recover(inFlight: readonly FkpReportJobData[], atStart: boolean): Promise<FkpReportJobData[]>;
}
