import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from '../audit/audit.module';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import type { RuntimeConfig } from '../config/runtime-config';
import { RealtimeModule } from '../realtime/realtime.module';
import { AuthController } from './auth.controller';
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
    // Slows password guessing: 20 sign-up, login or password-change attempts per minute per address.
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }]),
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
