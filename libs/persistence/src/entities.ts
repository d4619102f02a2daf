import { ConsensusItem } from './entities/consensus-item.entity';
import { ConsensusSignal } from './entities/consensus-signal.entity';
import { SurveyResponse } from './entities/survey-response.entity';
import { Representative } from './entities/representative.entity';
import { DocumentVersion } from './entities/document-version.entity';
import { Signature } from './entities/signature.entity';
import { DocumentPhoto } from './entities/document-photo.entity';
import { AuditEntry } from './entities/audit-entry.entity';
import { StaffUser } from './entities/staff-user.entity';
import { StaffSession } from './entities/staff-session.entity';
import { AgendaItem } from './entities/agenda-item.entity';
import { ForumMember } from './entities/forum-member.entity';
import { Forum } from './entities/forum.entity';
import { Participant } from './entities/participant.entity';
import { PollAnswer } from './entities/poll-answer.entity';
import { Poll } from './entities/poll.entity';
import { QuestionVote } from './entities/question-vote.entity';
import { Question } from './entities/question.entity';
import { SpeakerRequest } from './entities/speaker-request.entity';
import { Unit } from './entities/unit.entity';
import { UnitNumberCounter } from './entities/unit-number-counter.entity';
import { DocumentNumber } from './entities/document-number.entity';
import { FkpReport } from './entities/fkp-report.entity';
import { Organisation } from './entities/organisation.entity';
import { OrganisationMember } from './entities/organisation-member.entity';
import { UnitMember } from './entities/unit-member.entity';
import { FollowUpAction } from './entities/follow-up-action.entity';
import { FollowUpUpdate } from './entities/follow-up-update.entity';
import { FollowUpEvidence } from './entities/follow-up-evidence.entity';
import { StaffNotification } from './entities/staff-notification.entity';
import { FollowUpReminderState } from './entities/follow-up-reminder-state.entity';

export const entities = [
  StaffUser,
  Forum,
  AgendaItem,
  ForumMember,
  Participant,
  Question,
  QuestionVote,
  SpeakerRequest,
  AuditEntry,
  Poll,
  PollAnswer,
  ConsensusItem,
  ConsensusSignal,
  SurveyResponse,
  Representative,
  DocumentVersion,
  Signature,
  DocumentPhoto,
  StaffSession,
  Unit,
  UnitNumberCounter,
  DocumentNumber,
  FkpReport,
  Organisation,
  OrganisationMember,
  UnitMember,
  FollowUpAction,
  FollowUpUpdate,
  FollowUpEvidence,
  StaffNotification,
  FollowUpReminderState,
];
