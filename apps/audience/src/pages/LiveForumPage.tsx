import { useEffect, useRef, useState } from 'react';
import { useLiveForum } from '@mufakat/client';
import { LiveEvent, type JoinInfo, type MyQuestion } from '@mufakat/contracts';
import { AskForm } from '../components/AskForm';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { CurrentAgenda } from '../components/CurrentAgenda';
import { ForumHeading } from '../components/ForumHeading';
import { MyQuestions } from '../components/MyQuestions';
import { QuestionList } from '../components/QuestionList';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';
import { attendeeViewer, currentAgendaItem, mergeMyQuestions } from '../lib/live-view';

interface Props {
  info: JoinInfo;
  attendeeToken: string;
  onRejected: () => void;
}

export function LiveForumPage({ info, attendeeToken, onRejected }: Props) {
  const { t } = useTranslation();
  const { snapshot, connection, client } = useLiveForum({ forumId: info.forumId, attendeeToken });
  const [askedHere, setAskedHere] = useState<MyQuestion[]>([]);
  const [voteError, setVoteError] = useState<string | null>(null);
  // A second tap while the first vote is on its way would send the same toggle twice.
  const votesInFlight = useRef(new Set<string>());

  useEffect(() => {
    if (connection === 'rejected') onRejected();
  }, [connection, onRejected]);

  const ask = async (text: string) => {
    if (!client) return { code: 'UNAVAILABLE' as const, message: 'Not connected' };
    const ack = await client.emit(LiveEvent.ask, { text, agendaItemId: snapshot?.currentAgendaItemId ?? null });
    if (!ack.ok) return ack.error;
    setAskedHere((asked) => [...asked, ack.data]);
    return null;
  };

  const toggleVote = async (questionId: string, upvoted: boolean) => {
    if (!client || votesInFlight.current.has(questionId)) return;
    votesInFlight.current.add(questionId);
    setVoteError(null);
    const ack = await client.emit(LiveEvent.upvote, { questionId, upvoted });
    votesInFlight.current.delete(questionId);
    if (ack.ok) client.setVoted(questionId, upvoted);
    else setVoteError(t('live.voteFailed', { message: errorMessage(ack.error, t) }));
  };

  return (
    <>
      <ForumHeading forum={snapshot?.forum ?? info} titleTestId="forum-title" />
      <ConnectionBanner connection={connection} />
      {snapshot && (
        <>
          <CurrentAgenda item={currentAgendaItem(snapshot)} />
          <AskForm onAsk={ask} />
          <MyQuestions questions={mergeMyQuestions(attendeeViewer(snapshot).myQuestions, askedHere)} />
          <QuestionList
            questions={snapshot.questions}
            votedIds={attendeeViewer(snapshot).votedQuestionIds}
            voteError={voteError}
            onToggleVote={(questionId, upvoted) => void toggleVote(questionId, upvoted)}
          />
        </>
      )}
    </>
  );
}
