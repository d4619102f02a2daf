import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ForumsModule } from '../forums/forums.module';
import { DocumentNumbering } from './document-numbering.service';
import { RecordSettingsController } from './record-settings.controller';
import { RecordSettingsService } from './record-settings.service';
import { UnitsRepository } from './units.repository';

/** Service units: the Berita Acara's letterhead, numbering and signatories, and the numbers drawn. */
@Module({
  imports: [AuthModule, AuditModule, ForumsModule],
  controllers: [RecordSettingsController],
  providers: [UnitsRepository, RecordSettingsService, DocumentNumbering],
  exports: [DocumentNumbering],
})
export class UnitsModule {}
