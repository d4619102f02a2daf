import { useTranslation } from 'react-i18next';
import { LIMITS, type ModerationQuestion } from '@mufakat/contracts';
import { formatTime } from '../../lib/datetime';
import { authorLabel } from '../../lib/questions';
import { InlineTextForm } from './InlineTextForm';
import { QuestionAuthor } from './QuestionAuthor';
import type { QuestionEditor, QuestionHandlers } from './question-editor';
import { useReturnFocus } from './useReturnFocus';

interface PendingQueueProps {
  /** Oldest first. */
  questions: ModerationQuestion[];
  /** Questions with a request on its way to the server. */
  busyIds: ReadonlySet<string>;
  agendaTitles: ReadonlyMap<string, string>;
  editor: QuestionEditor | null;
  handlers: QuestionHandlers;
}

export function PendingQueue({ questions, busyIds, agendaTitles, editor, handlers }: PendingQueueProps) {
  const { t } = useTranslation();
  if (questions.length === 0) return <p className="empty">{t('questions.noPending')}</p>;
  return (
    <ol className="question-list">
      {questions.map((question) => (
        <PendingItem
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

interface PendingItemProps {
  question: ModerationQuestion;
  busy: boolean;
  agendaTitle: string | undefined;
  openKind: QuestionEditor['kind'] | null;
  handlers: QuestionHandlers;
}

function PendingItem({ question, busy, agendaTitle, openKind, handlers }: PendingItemProps) {
  const { t, i18n } = useTranslation();
  const trigger = useReturnFocus(openKind);
  const textId = `pending-${question.id}`;
  const open = (kind: QuestionEditor['kind']) => handlers.onOpenEditor({ questionId: question.id, kind });
  return (
    <li className="question question--pending" data-testid="pending-question" data-question-id={question.id}>
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
        <QuestionAuthor author={authorLabel(question)} />
        {question.authorCategory && question.authorName !== null && <> · {t(`categories.${question.authorCategory}`)}</>} ·{' '}
        <time dateTime={question.createdAt}>{formatTime(question.createdAt, i18n.language)}</time>
        {agendaTitle && <> · {agendaTitle}</>}
      </p>
      <div className="question__actions">
        <button
          type="button"
          className="button button--approve button--large"
          data-testid="approve-question"
          aria-describedby={textId}
          disabled={busy}
          onClick={() => handlers.onModerate(question.id, 'approve')}
        >
          {t('questions.approve')}
        </button>
        <button
          ref={trigger('reject')}
          type="button"
          className="button button--reject button--large"
          data-testid="reject-question"
          aria-describedby={textId}
          aria-expanded={openKind === 'reject'}
          disabled={busy}
          onClick={() => (openKind === 'reject' ? handlers.onCloseEditor() : open('reject'))}
        >
          {t('questions.reject')}
        </button>
        <button
          ref={trigger('edit')}
          type="button"
          className="button button--quiet"
          data-testid="edit-question"
          aria-describedby={textId}
          aria-expanded={openKind === 'edit'}
          disabled={busy}
          onClick={() => (openKind === 'edit' ? handlers.onCloseEditor() : open('edit'))}
        >
          {t('questions.edit')}
        </button>
      </div>
      {openKind === 'reject' && (
        <InlineTextForm
          label={t('questions.rejectReason')}
          hint={t('questions.rejectReasonHint')}
          initialValue=""
          maxLength={LIMITS.rejectionReason}
          allowEmpty
          submitLabel={t('questions.rejectConfirm')}
          submitClassName="button button--reject"
          inputTestId="reject-reason"
          submitTestId="reject-confirm"
          busy={busy}
          onSubmit={(reason) => handlers.onModerate(question.id, 'reject', reason || undefined)}
          onCancel={handlers.onCloseEditor}
        />
      )}
    </li>
  );
}
