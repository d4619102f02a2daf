import type { JobsOptions } from 'bullmq';

/** The BullMQ queue the api fills and the workers drain. */
export const MINUTES_QUEUE = 'minutes';

/** One job per document version: the version row is created first, the job only says which one to write. */
export interface MinutesJobData {
  forumId: string;
  documentId: string;
}

/** Several attempts with growing pauses: a Postgres restart or a full disk should not lose the request. */
export const MINUTES_ATTEMPTS = 3;
export const MINUTES_BACKOFF_MS = 1000;

/** The job id is the version's id, so enqueuing the same version twice is one job. */
export function minutesJobId(documentId: string): string {
  return `minutes-${documentId}`;
}

export function minutesJobOptions(documentId: string): JobsOptions {
  return {
    jobId: minutesJobId(documentId),
    attempts: MINUTES_ATTEMPTS,
    backoff: { type: 'exponential', delay: MINUTES_BACKOFF_MS },
    removeOnComplete: 1000,
    removeOnFail: 1000,
  };
}
