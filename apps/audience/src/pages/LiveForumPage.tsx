import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useLiveForum, useServerClock, useServerNow, type LiveForumClient } from '@mufakat/client';
import { LiveEvent, type AckError, type JoinInfo, type PollAnswer, type ReactionKind } from '@mufakat/contracts';
import { AskForm } from '../components/AskForm';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { ConsensusSection } from '../components/ConsensusSection';
import { CurrentAgenda } from '../components/CurrentAgenda';
import { ForumHeading } from '../components/ForumHeading';
import { MyQuestions } from '../components/MyQuestions';
import { PollList } from '../components/PollList';
import { QuestionList } from '../components/QuestionList';
import { ReactionBar } from '../components/ReactionBar';
import { Section } from '../components/Section';
import { SectionNav } from '../components/SectionNav';
import { SpeakerPanel } from '../components/SpeakerPanel';
import { useConsensusSignals } from '../hooks/useConsensusSignals';
import { useMyQuestions } from '../hooks/useMyQuestions';
import { useUpvotes } from '../hooks/useUpvotes';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage, toApiError } from '../lib/error-message';
import { attendeeViewer, currentAgendaItem, mergeMyQuestions, NOT_CONNECTED, OFFLINE_RETRY_MS } from '../lib/live-view';
import { orderPolls } from '../lib/poll-answer';
import { visibleQuestions, votedIds, type QuestionScope, type QuestionSort } from '../lib/question-list';
import { liveSections, type SectionId } from '../lib/sections';
import { loadDocumentPages } from '../lib/document-pages';
import { postSignature } from '../lib/sign-document';
import { handState } from '../lib/speaker-queue';

export interface LiveForumPageProps {
  info: JoinInfo;
  attendeeToken: string;
  /** The client the attendee registered over, already live; null to open one with the token. */
  client: LiveForumClient | null;
  onRejected: () => void;
}

// The live chunk's entry also registers attendees (see live-forum-loader.ts): the socket client is here.
export { registerLive } from '@mufakat/client';

// Only representatives open it, and only at the end of the forum: kept out of every attendee's first load.
const SigningSection = lazy(() => import('../components/SigningSection').then((module) => ({ default: module.SigningSection })));
// Shown only while staff run check-in or the survey: fetched then, not with the live forum.
const CheckInForm = lazy(() => import('../components/CheckInForm').then((module) => ({ default: module.CheckInForm })));
const SurveySection = lazy(() => import('../components/SurveySection').then((module) => ({ default: module.SurveySection })));

export function LiveForumPage({ info, attendeeToken, client: opened, onRejected }: LiveForumPageProps) {
  const { t } = useTranslation();
  const { snapshot, connection, client } = useLiveForum({ forumId: info.forumId, attendeeToken }, opened);
  const mine = useMyQuestions(client);
  const upvotes = useUpvotes(client);
  const signals = useConsensusSignals(client);
  const [sort, setSort] = useState<QuestionSort>('top');
  const [scope, setScope] = useState<QuestionScope>('all');
  const [handBusy, setHandBusy] = useState(false);
  const [handError, setHandError] = useState<AckError | null>(null);
  const viewer = snapshot ? attendeeViewer(snapshot) : null;
  const hand = handState(snapshot?.speakers ?? [], viewer?.participantId ?? null);
  const clockOffsetMs = useServerClock(snapshot?.serverTime);
  // Once a second: the whole page redraws on a tick, and the speaking time shows whole seconds.
  const nowMs = useServerNow(clockOffsetMs, hand.kind === 'speaking', 1000);

  useEffect(() => {
    if (connection === 'rejected') onRejected();
  }, [connection, onRejected]);

  // A buzz when the floor is given: the phone may be face down on the table.
  const speaking = hand.kind === 'speaking';
  useEffect(() => {
    if (speaking) navigator.vibrate?.(200);
  }, [speaking]);

  const loadPages = useCallback((documentId: string) => loadDocumentPages(info.forumId, attendeeToken, documentId), [info.forumId, attendeeToken]);

  if (!snapshot || !viewer) {
    return (
      <>
        <ForumHeading forum={info} titleTestId="forum-title" />
        <ConnectionBanner connection={connection} />
      </>
    );
  }

  const agendaItem = currentAgendaItem(snapshot);
  const polls = orderPolls(snapshot.polls);

  const answerPoll = async (pollId: string, answer: PollAnswer): Promise<AckError | null> => {
    if (!client) return NOT_CONNECTED;
    // The server keeps one answer per attendee and poll, so a retry after a reconnect is harmless.
    const ack = await client.emit(LiveEvent.answerPoll, { pollId, answer }, { waitForConnectionMs: OFFLINE_RETRY_MS });
    if (!ack.ok) return ack.error;
    client.setPollAnswer(pollId, ack.data.answer);
    return null;
  };

  const moveHand = async (raise: boolean) => {
    if (!client || handBusy) return;
    setHandBusy(true);
    setHandError(null);
    const ack = raise ? await client.emit(LiveEvent.raiseHand, {}) : await client.emit(LiveEvent.lowerHand, {});
    setHandBusy(false);
    if (!ack.ok) setHandError(ack.error);
  };

  const react = async (kind: ReactionKind): Promise<AckError | null> => {
    if (!client) return NOT_CONNECTED;
    const ack = await client.emit(LiveEvent.react, { kind });
    return ack.ok ? null : ack.error;
  };

  const answerSurvey = async (scores: number[]): Promise<AckError | null> => {
    if (!client) return NOT_CONNECTED;
    // Answers replace earlier ones while the survey is open, so sending twice is harmless.
    const ack = await client.emit(LiveEvent.submitSurvey, { scores }, { waitForConnectionMs: OFFLINE_RETRY_MS });
    if (!ack.ok) return ack.error;
    client.patchAttendee({ mySurvey: ack.data.scores });
    return null;
  };

  const sign = async (documentId: string, signaturePng: string): Promise<AckError | null> => {
    try {
      const signing = await postSignature(info.forumId, attendeeToken, { documentId, signaturePng });
      client?.patchAttendee({ signing });
      return null;
    } catch (error) {
      return toApiError(error);
    }
  };

  const checkIn = async (code: string): Promise<AckError | null> => {
    if (!client) return NOT_CONNECTED;
    const ack = await client.emit(LiveEvent.checkIn, { code });
    if (!ack.ok) return ack.error;
    client.patchAttendee({ verified: true });
    return null;
  };

  const sections = liveSections(snapshot);
  const shows = (id: SectionId) => sections.some((section) => section.id === id);

  return (
    <>
      <ForumHeading forum={snapshot.forum} titleTestId="forum-title" />
      {/* Stays in view on a long page: where to go, and whether the connection holds. */}
      <div className="top">
        <SectionNav sections={sections} speaking={speaking} />
        <ConnectionBanner connection={connection} />
      </div>
      {snapshot.checkIn.enabled && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <CheckInForm verified={viewer.verified} onCheckIn={checkIn} />
        </Suspense>
      )}
      <CurrentAgenda item={agendaItem}>
        <ReactionBar onReact={react} />
      </CurrentAgenda>

      <Section id="questions" title={t('nav.questions')}>
        <AskForm
          onAsk={(text, anonymous) => mine.ask(text, anonymous, snapshot.currentAgendaItemId)}
          preModeration={snapshot.settings.preModeration}
          fullyAnonymous={snapshot.settings.fullyAnonymous}
          agendaTitle={agendaItem?.title ?? null}
        />
        <MyQuestions questions={mergeMyQuestions(viewer.myQuestions, mine.local)} onEdit={mine.edit} onWithdraw={mine.withdraw} />
        <QuestionList
          questions={visibleQuestions(snapshot.questions, sort, scope, snapshot.currentAgendaItemId)}
          votedIds={votedIds(viewer.votedQuestionIds, upvotes.local)}
          voteError={upvotes.error && t('live.voteFailed', { message: errorMessage(upvotes.error, t) })}
          onToggleVote={(questionId, upvoted) => void upvotes.toggle(questionId, upvoted)}
          sort={sort}
          onSort={setSort}
          scope={scope}
          onScope={agendaItem ? setScope : null}
        />
      </Section>

      <Section id="polls" title={t('nav.polls')}>
        <PollList polls={polls} answers={viewer.myPollAnswers} results={snapshot.pollResults} onAnswer={answerPoll} />
      </Section>

      <Section id="speak" title={t('nav.speak')}>
        <SpeakerPanel
          hand={hand}
          nowMs={nowMs}
          busy={handBusy}
          error={handError && t('speak.failed', { message: errorMessage(handError, t) })}
          onRaise={() => void moveHand(true)}
          onLower={() => void moveHand(false)}
        />
      </Section>

      {shows('consensus') && (
        <Section id="consensus" title={t('nav.consensus')}>
          <ConsensusSection
            items={snapshot.consensus}
            tallies={snapshot.consensusTallies}
            signals={viewer.myConsensusSignals}
            pending={signals.pending}
            errors={signals.errors}
            onSignal={(itemId, signal) => void signals.signal(itemId, signal)}
          />
        </Section>
      )}

      {shows('survey') && (
        <Section id="survey" title={t('survey.heading')}>
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <SurveySection open={snapshot.survey.open} mine={viewer.mySurvey} onSubmit={answerSurvey} />
          </Suspense>
        </Section>
      )}

      {viewer.signing && (
        <Section id="signing" title={t('signing.heading')}>
          <Suspense fallback={<p className="muted">{t('signing.loadingPages')}</p>}>
            <SigningSection task={viewer.signing} onSign={sign} loadPages={loadPages} />
          </Suspense>
        </Section>
      )}
    </>
  );
}
