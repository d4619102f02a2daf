import { Body, Controller, Get, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { StaffUserView } from '@mufakat/contracts';
import type { Response } from 'express';
import { AuthService, SESSION_COOKIE, SESSION_TTL_SECONDS } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { SignupDto } from './dto/signup.dto';
import { CurrentStaff, StaffSessionGuard } from './staff-session.guard';
import type { StaffUser } from '@mufakat/persistence';

@Controller('api/auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Post('signup')
  @UseGuards(ThrottlerGuard)
  async signup(@Body() dto: SignupDto, @Res({ passthrough: true }) res: Response): Promise<StaffUserView> {
    return this.startSession(await this.auth.signup(dto), res);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<StaffUserView> {
    return this.startSession(await this.auth.login(dto), res);
  }

  @Post('logout')
  @HttpCode(204)
  logout(@Res({ passthrough: true }) res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @UseGuards(StaffSessionGuard)
  me(@CurrentStaff() staff: StaffUser): StaffUserView {
    return AuthService.toView(staff);
  }

  private async startSession(user: StaffUser, res: Response): Promise<StaffUserView> {
    res.cookie(SESSION_COOKIE, await this.auth.issueSession(user), {
      httpOnly: true,
      sameSite: 'lax',
      secure: res.req.secure,
      path: '/',
      maxAge: SESSION_TTL_SECONDS * 1000,
    });
    return AuthService.toView(user);
  }
}
