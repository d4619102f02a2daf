import type { JobsOptions } from 'bullmq';
import { MINUTES_ATTEMPTS, MINUTES_BACKOFF_MS } from './minutes-job';

/** The BullMQ queue of FKP reports: apart from the minutes, so a report never waits behind (or holds up) a Berita Acara. */
export const FKP_REPORT_QUEUE = 'fkp-reports';

/** One job per report row: the row is created first, the job only says which one to write. */
export interface FkpReportJobData {
  forumId: string;
  reportId: string;
}

/** The job id is the report's id, so enqueuing the same report twice is one job. */
export function fkpReportJobId(reportId: string): string {
  return `fkp-report-${reportId}`;
}

/** The minutes jobs' attempts and backoff: a Postgres restart or a full disk should not lose the request either. */
export function fkpReportJobOptions(reportId: string): JobsOptions {
  return {
    jobId: fkpReportJobId(reportId),
    attempts: MINUTES_ATTEMPTS,
    backoff: { type: 'exponential', delay: MINUTES_BACKOFF_MS },
    removeOnComplete: 1000,
    removeOnFail: 1000,
  };
}
