import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { PublicFollowUpsController } from './public-follow-ups.controller';
import { PublicFollowUpsRepository } from './public-follow-ups.repository';
import { PublicFollowUpsService } from './public-follow-ups.service';

/** Public pages' data: forums once their Berita Acara is issued, their units and organisations. */
@Module({
  imports: [FollowUpsModule],
  controllers: [PublicFollowUpsController],
  providers: [PublicFollowUpsRepository, PublicFollowUpsService],
})
export class PublicFollowUpsModule {}
