import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ForumsModule } from '../forums/forums.module';
import { DocumentNumbering } from './document-numbering.service';
import { MembershipsController } from './memberships.controller';
import { MembershipsRepository } from './memberships.repository';
import { MembershipsService } from './memberships.service';
import { RecordSettingsController } from './record-settings.controller';
import { RecordSettingsService } from './record-settings.service';
import { UnitAccessService } from './unit-access.service';
import { UnitPlacement } from './unit-placement.service';
import { UnitsRepository } from './units.repository';

/** Service units: the Berita Acara's letterhead, numbering and signatories, the numbers drawn, who belongs to them. */
@Module({
  imports: [AuthModule, AuditModule, ForumsModule],
  controllers: [RecordSettingsController, MembershipsController],
  providers: [UnitsRepository, RecordSettingsService, DocumentNumbering, MembershipsRepository, MembershipsService, UnitAccessService, UnitPlacement],
  exports: [DocumentNumbering, UnitAccessService, UnitPlacement],
})
export class UnitsModule {}
