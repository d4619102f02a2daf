import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { SignupResponse, StaffUserView } from '@mufakat/contracts';
import type { Request, Response } from 'express';
import { AuthService, SESSION_COOKIE, SESSION_TTL_SECONDS, type StaffSessionContext } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { SignupDto } from './dto/signup.dto';
import { CurrentStaff, CurrentStaffSession, StaffSessionGuard } from './staff-session.guard';
import type { StaffUser } from '@mufakat/persistence';

@Controller('api/auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  /** 201 and the same body whether or not the email was taken; only a new account comes with a session. */
  @Post('signup')
  @UseGuards(ThrottlerGuard)
  async signup(@Body() dto: SignupDto, @Res({ passthrough: true }) res: Response): Promise<SignupResponse> {
    const user = await this.auth.signup(dto);
    if (user) await this.startSession(user, res);
    return AuthService.signupAnswer(dto);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<StaffUserView> {
    const user = await this.auth.login(dto);
    await this.startSession(user, res);
    return AuthService.toView(user);
  }

  /** Ends the session on the server (its sockets too), not only in this browser. */
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    await this.auth.logout(typeof token === 'string' ? token : undefined);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @UseGuards(StaffSessionGuard)
  me(@CurrentStaff() staff: StaffUser): StaffUserView {
    return AuthService.toView(staff);
  }

  /** Throttled like login: it checks the current password. */
  @Post('password')
  @HttpCode(204)
  @UseGuards(StaffSessionGuard, ThrottlerGuard)
  changePassword(@CurrentStaffSession() session: StaffSessionContext, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(session, dto);
  }

  private async startSession(user: StaffUser, res: Response): Promise<void> {
    res.cookie(SESSION_COOKIE, await this.auth.startSession(user), {
      httpOnly: true,
      sameSite: 'lax',
      secure: res.req.secure,
      path: '/',
      maxAge: SESSION_TTL_SECONDS * 1000,
    });
  }
}
