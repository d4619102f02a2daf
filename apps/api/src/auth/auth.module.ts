import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import type { RuntimeConfig } from '../config/runtime-config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { StaffSessionGuard } from './staff-session.guard';
import { StaffUser } from '@mufakat/persistence';

@Module({
  imports: [
    TypeOrmModule.forFeature([StaffUser]),
    JwtModule.registerAsync({
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig) => ({ secret: config.sessionSecret }),
    }),
    // Slows password guessing: 20 sign-up or login attempts per minute per address.
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }]),
  ],
  controllers: [AuthController],
  providers: [AuthService, StaffSessionGuard],
  exports: [AuthService, StaffSessionGuard],
})
export class AuthModule {}
