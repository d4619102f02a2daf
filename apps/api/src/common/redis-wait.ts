/** How long a call waits for Redis before giving up; what it could not enqueue is its relay's next time. */
export const REDIS_WAIT_MS = 5_000;

/** Rejects when the work takes longer than REDIS_WAIT_MS; ioredis would otherwise hold the call while it reconnects. */
export function withinRedisWait<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out ${what} after ${REDIS_WAIT_MS} ms`)), REDIS_WAIT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
