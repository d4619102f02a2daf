import { Inject, Injectable } from '@nestjs/common';
import { CSV_SEPARATOR_CHARS, type CsvSeparator, type DocumentLanguage, type ExportFormat, type ExportKind } from '@mufakat/contracts';
import { attendanceTable, consensusTable, pollResultsTable, questionsTable, toCsv, toXlsx, type BeritaAcaraModel, type ExportTable } from '@mufakat/documents';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import { DocumentVersionsRepository } from './document-versions.repository';

const TABLES: Record<ExportKind, (model: BeritaAcaraModel, language: DocumentLanguage) => ExportTable> = {
  attendance: attendanceTable,
  questions: questionsTable,
  polls: pollResultsTable,
  consensus: consensusTable,
};

/** CSV and XLSX of the forum's record, from the same model the Berita Acara is made of. */
@Injectable()
export class ExportsService {
  constructor(
    @Inject(DocumentVersionsRepository) private readonly documents: DocumentVersionsRepository,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
  ) {}

  async export(forumId: string, userId: string, kind: ExportKind, format: ExportFormat, language: DocumentLanguage, separator: CsvSeparator): Promise<Buffer> {
    await this.access.require(forumId, userId, 'viewForum');
    const model = await this.documents.beritaAcara(forumId, { language, version: 0, timeZone: this.config.documents.timeZone });
    const table = TABLES[kind](model, language);
    return format === 'csv' ? toCsv(table, CSV_SEPARATOR_CHARS[separator] as ',' | ';') : toXlsx([table]);
  }
}
