import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveEvent } from '@mufakat/contracts';
import { PendingQueue } from '../../components/live/PendingQueue';
import { PreModerationToggle } from '../../components/live/PreModerationToggle';
import type { QuestionEditor, QuestionHandlers } from '../../components/live/question-editor';
import { QuestionFilters } from '../../components/live/QuestionFilters';
import { QuestionList } from '../../components/live/QuestionList';
import { ReadOnlyArea } from '../../components/live/ReadOnlyArea';
import { ReadOnlyNote } from '../../components/live/ReadOnlyNote';
import { usePendingValues } from '../../hooks/usePendingValues';
import { can, staffRoleOf } from '../../lib/permissions';
import { DEFAULT_QUESTION_FILTERS, pendingQueue, selectQuestions, withLiveUpvotes, type QuestionFilters as Filters } from '../../lib/questions';
import { refocus, type LiveTabProps } from './live-context';

export function QuestionsTab({ snapshot, staff, agenda, agendaTitles, send, busy, announce }: LiveTabProps) {
  const { t } = useTranslation();
  const [editor, setEditor] = useState<QuestionEditor | null>(null);
  const [filters, setFilters] = useState<Filters>(DEFAULT_QUESTION_FILTERS);
  const pendingHeading = useRef<HTMLHeadingElement>(null);
  const roomHeading = useRef<HTMLHeadingElement>(null);
  const questions = useMemo(() => withLiveUpvotes(staff?.questions ?? [], snapshot.questions), [staff?.questions, snapshot.questions]);
  const pending = useMemo(() => pendingQueue(questions), [questions]);
  const listed = useMemo(() => selectQuestions(questions, filters), [questions, filters]);

  // The checkbox and the pins follow a click at once; the server's numbered change then confirms them.
  const pinnedId = useMemo(() => questions.find((q) => q.pinned)?.id ?? null, [questions]);
  const actual = useMemo(() => ({ preModeration: snapshot.settings.preModeration, pinned: pinnedId }), [snapshot.settings.preModeration, pinnedId]);
  const requested = usePendingValues<boolean | string | null>(actual);
  const shownPinned = requested.value('pinned');
  const withPin = (list: typeof questions) => (shownPinned === pinnedId ? list : list.map((q) => ({ ...q, pinned: q.id === shownPinned })));

  const closeEditorOf = (questionId: string) => setEditor((current) => (current?.questionId === questionId ? null : current));

  const handlers: QuestionHandlers = {
    onModerate: async (questionId, decision, reason) => {
      const ack = await send(LiveEvent.moderate, reason ? { questionId, decision, reason } : { questionId, decision }, questionId);
      if (!ack?.ok) return;
      closeEditorOf(questionId);
      announce(t(decision === 'approve' ? 'questions.approvedNotice' : 'questions.rejectedNotice'));
      refocus(pendingHeading.current);
    },
    onEditText: async (questionId, text) => {
      const ack = await send(LiveEvent.editQuestion, { questionId, text }, questionId);
      if (!ack?.ok) return;
      closeEditorOf(questionId);
      announce(t('questions.editedNotice'));
    },
    onSetStatus: async (questionId, status) => {
      const ack = await send(LiveEvent.setQuestionStatus, { questionId, status }, questionId);
      if (!ack?.ok) return;
      announce(t(`questions.statusNotice.${status}`));
      refocus(roomHeading.current);
    },
    onPin: async (questionId, pinned) => {
      requested.request('pinned', pinned ? questionId : null);
      const ack = await send(LiveEvent.pin, { questionId: pinned ? questionId : null }, questionId);
      if (ack?.ok) announce(pinned ? t('questions.pinnedNotice') : t('questions.unpinnedNotice'));
      else requested.settle('pinned');
    },
    onReply: async (questionId, text) => {
      const ack = await send(LiveEvent.reply, { questionId, text }, questionId);
      if (!ack?.ok) return;
      closeEditorOf(questionId);
      announce(text ? t('questions.replySavedNotice') : t('questions.replyRemovedNotice'));
    },
    onOpenEditor: setEditor,
    onCloseEditor: () => setEditor(null),
  };

  if (!staff) return <p className="empty">{t('live.notStaff')}</p>;
  const allowed = can(staffRoleOf(snapshot.viewer), 'questions');
  return (
    <div className="questions-layout">
      {!allowed && <ReadOnlyNote capability="questions" />}
      <section className="card" aria-labelledby="pending-heading">
        <h3 id="pending-heading" ref={pendingHeading} tabIndex={-1}>
          {t('questions.pending')} <span className="count">{pending.length}</span>
        </h3>
        <ReadOnlyArea capability="questions" allowed={allowed}>
          <PreModerationToggle
            settings={snapshot.settings}
            checked={requested.value('preModeration') === true}
            busy={busy.has('settings')}
            onChange={async (preModeration) => {
              requested.request('preModeration', preModeration);
              const ack = await send(LiveEvent.updateSettings, { preModeration }, 'settings');
              if (ack?.ok) announce(preModeration ? t('questions.preModerationOn') : t('questions.preModerationOff'));
              else requested.settle('preModeration');
            }}
          />
          <PendingQueue questions={pending} busyIds={busy} agendaTitles={agendaTitles} editor={editor} handlers={handlers} />
        </ReadOnlyArea>
      </section>
      <section className="card" aria-labelledby="room-heading">
        <h3 id="room-heading" ref={roomHeading} tabIndex={-1}>
          {t('questions.room')} <span className="count">{listed.length}</span>
        </h3>
        <QuestionFilters filters={filters} agenda={agenda} onChange={setFilters} />
        <ReadOnlyArea capability="questions" allowed={allowed}>
          <QuestionList
            questions={withPin(listed)}
            busyIds={busy}
            agendaTitles={agendaTitles}
            editor={editor}
            handlers={handlers}
            emptyText={filters.status === 'room' ? t('questions.noneInRoom') : t('questions.noneMatching')}
          />
        </ReadOnlyArea>
      </section>
    </div>
  );
}
