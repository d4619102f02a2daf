import { Body, Controller, Get, Inject, Param, Post, UseGuards } from '@nestjs/common';
import type { SigningTask, StaffSigningView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { uuidParam } from '../common/uuid-param';
import { SignDocumentDto } from './dto/sign-document.dto';
import { SigningService } from './signing.service';

/** The provider's signatory signs from the console (or a tablet logged in as them), known by their staff session. */
@Controller('api/forums/:forumId/signatures/staff')
@UseGuards(StaffSessionGuard)
export class StaffSignaturesController {
  constructor(@Inject(SigningService) private readonly signing: SigningService) {}

  /** What this staff member has to sign; null when they are not a signatory of the forum. */
  @Get()
  async task(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<StaffSigningView> {
    return { task: await this.signing.staffTask(forumId, staff.id) };
  }

  @Post()
  sign(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Body() dto: SignDocumentDto): Promise<SigningTask> {
    return this.signing.signAsStaff(forumId, staff.id, dto.documentId, dto.signaturePng);
  }
}
