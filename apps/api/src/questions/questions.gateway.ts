import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack, type ForumSettings, type ModerationQuestion, type MyQuestion, type UpvoteResult } from '@mufakat/contracts';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireAttendee, requireStaff } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { AskQuestionDto } from './dto/ask-question.dto';
import { ModerateQuestionDto } from './dto/moderate-question.dto';
import { PinQuestionDto } from './dto/pin-question.dto';
import { QuestionIdDto } from './dto/question-id.dto';
import { QuestionTextDto } from './dto/question-text.dto';
import { ReplyQuestionDto } from './dto/reply-question.dto';
import { SetQuestionStatusDto } from './dto/set-question-status.dto';
import { UpdateSettingsDto } from './dto/update-settings.dto';
import { UpvoteDto } from './dto/upvote.dto';
import { QuestionModerationService } from './question-moderation.service';
import { QuestionsService } from './questions.service';
import type { LiveHandlers } from '../live/live-handler';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class QuestionsGateway implements LiveHandlers<
  'ask' | 'editOwn' | 'withdraw' | 'upvote' | 'moderate' | 'editQuestion' | 'setQuestionStatus' | 'pin' | 'reply' | 'updateSettings'
> {
  constructor(
    @Inject(QuestionsService) private readonly questions: QuestionsService,
    @Inject(QuestionModerationService) private readonly moderation: QuestionModerationService,
  ) {}

  @SubscribeMessage(LiveEvent.ask)
  async ask(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: AskQuestionDto): Promise<Ack<MyQuestion>> {
    const attendee = requireAttendee(session);
    return ok(await this.questions.ask(attendee.forumId, attendee.participantId, dto));
  }

  @SubscribeMessage(LiveEvent.editOwn)
  async editOwn(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: QuestionTextDto): Promise<Ack<MyQuestion>> {
    const attendee = requireAttendee(session);
    return ok(await this.questions.editOwn(attendee.forumId, attendee.participantId, dto));
  }

  @SubscribeMessage(LiveEvent.withdraw)
  async withdraw(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: QuestionIdDto): Promise<Ack<MyQuestion>> {
    const attendee = requireAttendee(session);
    return ok(await this.questions.withdraw(attendee.forumId, attendee.participantId, dto));
  }

  @SubscribeMessage(LiveEvent.upvote)
  async upvote(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: UpvoteDto): Promise<Ack<UpvoteResult>> {
    const attendee = requireAttendee(session);
    return ok(await this.questions.upvote(attendee.forumId, attendee.participantId, dto));
  }

  @SubscribeMessage(LiveEvent.moderate)
  async moderate(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: ModerateQuestionDto): Promise<Ack<ModerationQuestion>> {
    const staff = requireStaff(session);
    return ok(await this.moderation.moderate(staff.forumId, staff, dto));
  }

  @SubscribeMessage(LiveEvent.editQuestion)
  async editQuestion(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: QuestionTextDto): Promise<Ack<ModerationQuestion>> {
    const staff = requireStaff(session);
    return ok(await this.moderation.edit(staff.forumId, staff, dto));
  }

  @SubscribeMessage(LiveEvent.setQuestionStatus)
  async setQuestionStatus(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SetQuestionStatusDto): Promise<Ack<ModerationQuestion>> {
    const staff = requireStaff(session);
    return ok(await this.moderation.setStatus(staff.forumId, staff, dto));
  }

  @SubscribeMessage(LiveEvent.pin)
  async pin(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: PinQuestionDto): Promise<Ack<{ questionId: string | null }>> {
    const staff = requireStaff(session);
    return ok(await this.moderation.pin(staff.forumId, staff, dto.questionId));
  }

  @SubscribeMessage(LiveEvent.reply)
  async reply(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: ReplyQuestionDto): Promise<Ack<ModerationQuestion>> {
    const staff = requireStaff(session);
    return ok(await this.moderation.reply(staff.forumId, staff, dto));
  }

  @SubscribeMessage(LiveEvent.updateSettings)
  async updateSettings(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: UpdateSettingsDto): Promise<Ack<ForumSettings>> {
    const staff = requireStaff(session);
    return ok(await this.moderation.setPreModeration(staff.forumId, staff, dto.preModeration));
  }
}
