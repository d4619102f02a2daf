import type { UpvoteRequestItem } from '../questions/questions.repository';
import { StatementBatcher } from './statement-batcher';

const vote = (questionId: string, participantId = 'p'): UpvoteRequestItem => ({ forumId: 'f', participantId, questionId, upvoted: true });

/** A batcher whose first write waits for release(); every batch's question ids are recorded. */
function heldFirstWrite(gatherMs = 0) {
  const batches: string[][] = [];
  let release: () => void = () => undefined;
  const firstWrite = new Promise<void>((resolve) => (release = resolve));
  const batcher = new StatementBatcher<UpvoteRequestItem, string>(
    async (items) => {
      batches.push(items.map((item) => item.questionId));
      if (batches.length === 1) await firstWrite;
      return items.map((item) => `ok:${item.questionId}`);
    },
    { gatherMs },
  );
  return { batcher, batches, release: () => release() };
}

describe(StatementBatcher.name, () => {
  it('writes the first vote at once and the votes that arrive meanwhile as one batch', async () => {
    const { batcher, batches, release } = heldFirstWrite();
    const first = batcher.submit(vote('q1'));
    const rest = [batcher.submit(vote('q2')), batcher.submit(vote('q3')), batcher.submit(vote('q4'))];
    expect(batches).toEqual([['q1']]);
    release();
    expect(await first).toBe('ok:q1');
    expect(await Promise.all(rest)).toEqual(['ok:q2', 'ok:q3', 'ok:q4']);
    expect(batches).toEqual([['q1'], ['q2', 'q3', 'q4']]);
  });

  it('lets requests read in the same turn as a finished statement join the next batch', async () => {
    const { batcher, batches, release } = heldFirstWrite();
    const submitted = [batcher.submit(vote('q1')), batcher.submit(vote('q2'))];
    // Two callbacks of one event-loop phase, as two sockets' reads are: the first ends the statement in flight,
    // the second brings a request after it.
    await new Promise<void>((resolve) => {
      setImmediate(release);
      setImmediate(() => {
        submitted.push(batcher.submit(vote('q3')));
        resolve();
      });
    });
    expect(await Promise.all(submitted)).toEqual(['ok:q1', 'ok:q2', 'ok:q3']);
    expect(batches).toEqual([['q1'], ['q2', 'q3']]);
  });

  it('under load, lets a small batch gather what arrives over the next milliseconds, and a large one go at once', async () => {
    const { batcher, batches, release } = heldFirstWrite(40);
    const submitted = [batcher.submit(vote('q1')), batcher.submit(vote('q2'))];
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    submitted.push(batcher.submit(vote('q3')));
    expect(await Promise.all(submitted)).toEqual(['ok:q1', 'ok:q2', 'ok:q3']);
    expect(batches).toEqual([['q1'], ['q2', 'q3']]);

    // Idle again: the next item goes at once, with no wait.
    const idle = batcher.submit(vote('q4'));
    expect(batches).toHaveLength(3);
    await idle;

    const large = heldFirstWrite(60_000);
    const many = Array.from({ length: 33 }, (_, i) => large.batcher.submit(vote(`m${i}`)));
    large.release();
    await Promise.all(many);
    expect(large.batches.map((batch) => batch.length)).toEqual([1, 32]);
  });

  it('caps a batch and fails only the votes of a batch whose write failed', async () => {
    let calls = 0;
    const batcher = new StatementBatcher<UpvoteRequestItem, number>(
      async (items) => {
        calls++;
        if (calls === 2) throw new Error('deadlock');
        return items.map(() => calls);
      },
      { maxBatch: 2 },
    );
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((i) => batcher.submit(vote(`q${i}`))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled']);
    expect(calls).toBe(3);
  });
});
