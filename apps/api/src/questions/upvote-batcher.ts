/** One upvote or un-vote as an attendee asked for it. */
export interface UpvoteRequestItem {
  forumId: string;
  participantId: string;
  questionId: string;
  upvoted: boolean;
}

interface Pending<R> {
  item: UpvoteRequestItem;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Writes upvotes in batches: the first vote is written at once, and every vote that arrives while a batch is
 * being committed goes into the next one. One transaction (one commit, one fsync) serves many votes, and no
 * vote waits for a timer. Each caller gets its own result once the batch holding its vote has committed.
 */
export class UpvoteBatcher<R> {
  private queue: Array<Pending<R>> = [];
  private writing = false;

  constructor(
    private readonly write: (items: UpvoteRequestItem[]) => Promise<R[]>,
    private readonly maxBatch = 500,
  ) {}

  submit(item: UpvoteRequestItem): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const results = await this.write(batch.map((pending) => pending.item));
          batch.forEach((pending, index) => pending.resolve(results[index]));
        } catch (error) {
          batch.forEach((pending) => pending.reject(error));
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
