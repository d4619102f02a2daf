import { useTranslation } from 'react-i18next';
import { isRoomQuestionStatus, LIMITS, type ModerationQuestion } from '@mufakat/contracts';
import { formatTime } from '../../lib/datetime';
import { authorLabel, isModerated } from '../../lib/questions';
import { InlineTextForm } from './InlineTextForm';
import { QuestionAuthor } from './QuestionAuthor';
import type { QuestionEditor, QuestionHandlers } from './question-editor';
import { useReturnFocus } from './useReturnFocus';

interface QuestionListProps {
  questions: ModerationQuestion[];
  busyIds: ReadonlySet<string>;
  agendaTitles: ReadonlyMap<string, string>;
  editor: QuestionEditor | null;
  handlers: QuestionHandlers;
  emptyText: string;
}

export function QuestionList({ questions, busyIds, agendaTitles, editor, handlers, emptyText }: QuestionListProps) {
  if (questions.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ol className="question-list">
      {questions.map((question) => (
        <QuestionItem
          key={question.id}
          question={question}
          busy={busyIds.has(question.id)}
          agendaTitle={question.agendaItemId ? agendaTitles.get(question.agendaItemId) : undefined}
          openKind={editor?.questionId === question.id ? editor.kind : null}
          handlers={handlers}
        />
      ))}
    </ol>
  );
}

interface QuestionItemProps {
  question: ModerationQuestion;
  busy: boolean;
  agendaTitle: string | undefined;
  openKind: QuestionEditor['kind'] | null;
  handlers: QuestionHandlers;
}

function QuestionItem({ question, busy, agendaTitle, openKind, handlers }: QuestionItemProps) {
  const { t, i18n } = useTranslation();
  const trigger = useReturnFocus(openKind);
  const textId = `question-${question.id}`;
  const inRoom = isRoomQuestionStatus(question.status);
  const toggle = (kind: QuestionEditor['kind']) => (openKind === kind ? handlers.onCloseEditor() : handlers.onOpenEditor({ questionId: question.id, kind }));
  const classes = ['question', 'question--listed', question.pinned ? 'question--pinned' : '', `question--${question.status}`];
  return (
    <li className={classes.filter(Boolean).join(' ')} data-testid="approved-question" data-status={question.status} data-question-id={question.id}>
      <p className="votes">
        <span className="votes__count" data-testid="question-upvotes">
          {question.upvotes}
        </span>
        <span className="votes__label">{t('questions.upvotes', { count: question.upvotes })}</span>
      </p>
      <div className="question__body">
        <p className="question__badges">
          <span className={`badge badge--status-${question.status}`}>{t(`questionStatus.${question.status}`)}</span>
          {question.pinned && <span className="badge badge--pinned">{t('questions.pinnedBadge')}</span>}
        </p>
        <p id={textId} className="question__text">
          {question.text}
        </p>
        {openKind === 'edit' && (
          <InlineTextForm
            label={t('questions.editLabel')}
            initialValue={question.text}
            maxLength={LIMITS.questionText}
            allowEmpty={false}
            multiline
            submitLabel={t('questions.saveText')}
            inputTestId="edit-question-text"
            submitTestId="edit-question-save"
            busy={busy}
            onSubmit={(text) => handlers.onEditText(question.id, text)}
            onCancel={handlers.onCloseEditor}
          />
        )}
        <p className="question__meta">
          <QuestionAuthor author={authorLabel(question)} /> · <time dateTime={question.createdAt}>{formatTime(question.createdAt, i18n.language)}</time>
          {agendaTitle && <> · {agendaTitle}</>}
        </p>
        {question.status === 'rejected' && question.rejectionReason && (
          <p className="question__note">{t('questions.rejectedBecause', { reason: question.rejectionReason })}</p>
        )}
        {question.reply && openKind !== 'reply' && (
          <div className="reply" data-testid="question-reply">
            <p className="reply__head">{t('questions.replyBy', { name: question.reply.authorName })}</p>
            <p className="reply__text">{question.reply.text}</p>
          </div>
        )}
        {openKind === 'reply' && (
          <InlineTextForm
            label={t('questions.replyLabel')}
            hint={t('questions.replyHint')}
            initialValue={question.reply?.text ?? ''}
            maxLength={LIMITS.replyText}
            allowEmpty
            multiline
            submitLabel={t('questions.replySave')}
            inputTestId="reply-text"
            submitTestId="reply-save"
            busy={busy}
            onSubmit={(text) => handlers.onReply(question.id, text)}
            onCancel={handlers.onCloseEditor}
          />
        )}
        {isModerated(question.status) && (
          <div className="question__actions question__actions--wrap">
            {inRoom && (
              <button
                type="button"
                className={question.status === 'answered' ? 'button button--quiet' : 'button button--approve'}
                data-testid="answer-question"
                aria-describedby={textId}
                disabled={busy}
                onClick={() => handlers.onSetStatus(question.id, question.status === 'answered' ? 'approved' : 'answered')}
              >
                {question.status === 'answered' ? t('questions.backToApproved') : t('questions.markAnswered')}
              </button>
            )}
            {inRoom && (
              <button
                type="button"
                className="button button--pin"
                data-testid="pin-question"
                aria-pressed={question.pinned}
                aria-describedby={textId}
                disabled={busy}
                onClick={() => handlers.onPin(question.id, !question.pinned)}
              >
                {t('questions.pin')}
              </button>
            )}
            <button
              ref={trigger('reply')}
              type="button"
              className="button button--quiet"
              data-testid="reply-question"
              aria-expanded={openKind === 'reply'}
              aria-describedby={textId}
              disabled={busy}
              onClick={() => toggle('reply')}
            >
              {question.reply ? t('questions.editReply') : t('questions.reply')}
            </button>
            <button
              ref={trigger('edit')}
              type="button"
              className="button button--quiet"
              data-testid="edit-question"
              aria-expanded={openKind === 'edit'}
              aria-describedby={textId}
              disabled={busy}
              onClick={() => toggle('edit')}
            >
              {t('questions.edit')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              data-testid="archive-question"
              aria-describedby={textId}
              disabled={busy}
              onClick={() => handlers.onSetStatus(question.id, question.status === 'archived' ? 'approved' : 'archived')}
            >
              {question.status === 'archived' ? t('questions.restore') : t('questions.archive')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
