import { Inject, Injectable } from '@nestjs/common';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import { DocumentsService } from './documents.service';
import { SigningService } from './signing.service';

/** The documents' parts of a snapshot: versions and representatives for staff, the signing task for a representative. */
@Injectable()
export class DocumentsSnapshotPart {
  constructor(
    @Inject(SnapshotParts) parts: SnapshotParts,
    @Inject(DocumentsService) documents: DocumentsService,
    @Inject(SigningService) signing: SigningService,
  ) {
    parts.addStaff(['documents', 'representatives'], async (manager, forum) => ({
      documents: await documents.versions(forum.id, manager),
      representatives: await signing.list(forum.id, manager),
    }));
    // Most attendees are no representative: they cost no query here (a join storm makes thousands).
    parts.addAttendee(['signing'], async (manager, attendee) => ({
      signing: attendee.isRepresentative ? await signing.task(attendee.forumId, attendee.participantId, manager) : null,
    }));
  }
}
