import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from '../audit/audit.module';
import { RateLimiterThrottlerStorage } from '../limits/rate-limiter-throttler.storage';
import { RateLimiter } from '../limits/rate-limiter.service';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import type { RuntimeConfig } from '../config/runtime-config';
import { RealtimeModule } from '../realtime/realtime.module';
import { AuthController } from './auth.controller';
import { accountTracker, namesNoAccount } from './account-tracker';
import { AuthService } from './auth.service';
import { CsrfGuard } from './csrf.guard';
import { OriginPolicy } from './origin-policy';
import { PasswordHasher } from './password-hasher';
import { StaffSessionGuard } from './staff-session.guard';
import { StaffSessionsRepository } from './staff-sessions.repository';
import { StaffUsersRepository } from './staff-users.repository';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig) => ({ secret: config.sessionSecret }),
    }),
    // Slows password guessing, counted across the replicas: 20 sign-up, login or password-change attempts per
    // minute per address, and 10 per quarter hour per account, so many addresses cannot take turns on one account.
    ThrottlerModule.forRootAsync({
      inject: [RateLimiter],
      useFactory: (limiter: RateLimiter) => ({
        throttlers: [
          { name: 'address', ttl: 60_000, limit: 20 },
          { name: 'account', ttl: 15 * 60_000, limit: 10, getTracker: accountTracker, skipIf: namesNoAccount },
        ],
        storage: new RateLimiterThrottlerStorage(limiter),
      }),
    }),
    AuditModule,
    RealtimeModule,
  ],
  controllers: [AuthController],
  providers: [
    StaffUsersRepository,
    StaffSessionsRepository,
    PasswordHasher,
    AuthService,
    StaffSessionGuard,
    { provide: OriginPolicy, inject: [RUNTIME_CONFIG], useFactory: (config: RuntimeConfig) => new OriginPolicy(config.publicUrl) },
    // Every route, so no state-changing request with the staff cookie escapes it.
    { provide: APP_GUARD, useClass: CsrfGuard },
  ],
  exports: [AuthService, StaffSessionGuard, StaffUsersRepository, OriginPolicy],
})
export class AuthModule {}
