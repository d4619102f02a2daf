import { AuditEntry } from '../audit/audit-entry.entity';
import { StaffUser } from '../auth/staff-user.entity';
import { AgendaItem } from '../forums/agenda-item.entity';
import { ForumMember } from '../forums/forum-member.entity';
import { Forum } from '../forums/forum.entity';
import { Participant } from '../participants/participant.entity';
import { PollAnswer } from '../polls/poll-answer.entity';
import { Poll } from '../polls/poll.entity';
import { QuestionVote } from '../questions/question-vote.entity';
import { Question } from '../questions/question.entity';
import { SpeakerRequest } from '../speakers/speaker-request.entity';

export const entities = [StaffUser, Forum, AgendaItem, ForumMember, Participant, Question, QuestionVote, SpeakerRequest, AuditEntry, Poll, PollAnswer];
