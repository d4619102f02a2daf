import { Inject, Injectable } from '@nestjs/common';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampStaff } from '../realtime/forum-sequencer';
import { toDocumentView } from './document-views';
import { DocumentVersionsRepository } from './document-versions.repository';
import { SigningService } from './signing.service';

/** Relays a minutes job's progress (stored on the version row by whoever runs the job) to the forum's staff. */
@Injectable()
export class DocumentAnnouncer {
  constructor(
    @Inject(DocumentVersionsRepository) private readonly documents: DocumentVersionsRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(SigningService) private readonly signing: SigningService,
  ) {}

  /**
   * Tells staff where a version is, once per move: every replica hears the queue's events, and only the one
   * whose update moves `announced` numbers the change. A version that became ready is offered for signing.
   */
  async announce(documentId: string): Promise<void> {
    const result = await this.documents.transaction(async (manager) => {
      const row = await this.documents.lock(manager, documentId);
      if (!row) return null;
      const state = `${row.status}:${row.progress}`;
      if (row.announced === state) return null;
      await this.documents.markAnnounced(manager, row.id, state);
      return { row, change: await stampStaff(manager, row.forumId, { type: 'document.updated', document: toDocumentView(row) }) };
    });
    if (!result) return;
    this.broadcaster.send(result.row.forumId, [result.change]);
    if (result.row.status === 'ready') await this.signing.offerNewVersion(result.row.forumId);
  }
}
