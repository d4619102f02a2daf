import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import type { RuntimeConfig } from '../config/runtime-config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { StaffSessionGuard } from './staff-session.guard';
import { StaffUsersRepository } from './staff-users.repository';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig) => ({ secret: config.sessionSecret }),
    }),
    // Slows password guessing: 20 sign-up or login attempts per minute per address.
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }]),
  ],
  controllers: [AuthController],
  providers: [StaffUsersRepository, AuthService, StaffSessionGuard],
  exports: [AuthService, StaffSessionGuard, StaffUsersRepository],
})
export class AuthModule {}
