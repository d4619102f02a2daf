import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveEvent, type PollView, type ProjectorView } from '@mufakat/contracts';
import { PollForm } from '../../components/polls/PollForm';
import { PollList, type PollHandlers } from '../../components/polls/PollList';
import { usePendingValues } from '../../hooks/usePendingValues';
import {
  addOption,
  emptyPollForm,
  pollFormFromView,
  removeOption,
  toCreatePollRequest,
  updateOption,
  validatePollForm,
  type PollFormErrors,
  type PollFormValues,
} from '../../lib/poll-form';
import { sameJson } from '../../lib/pending';
import { refocus, type LiveTabProps } from './live-context';
import { ReadOnlyArea } from '../../components/live/ReadOnlyArea';
import { ReadOnlyNote } from '../../components/live/ReadOnlyNote';
import { can, staffRoleOf } from '../../lib/permissions';

export function PollsTab({ snapshot, staff, agenda, agendaTitles, send, busy, announce }: LiveTabProps) {
  const { t } = useTranslation();
  const nextKey = useRef(0);
  const key = () => `option-${nextKey.current++}`;
  const [values, setValues] = useState<PollFormValues>(() => emptyPollForm(key, snapshot.currentAgendaItemId));
  const [errors, setErrors] = useState<PollFormErrors | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const polls = useMemo(() => [...(staff?.polls ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)), [staff?.polls]);

  useEffect(() => {
    if (failedSubmits > 0) summary.current?.focus();
  }, [failedSubmits]);

  // Toggles follow a click at once; the numbered change from the server then confirms them.
  const visible = useMemo(() => Object.fromEntries(polls.map((p) => [p.id, p.resultsVisible])), [polls]);
  const pendingVisible = usePendingValues<boolean>(visible);
  const projectorState = useMemo(() => ({ view: snapshot.projector }), [snapshot.projector]);
  const pendingProjector = usePendingValues<ProjectorView>(projectorState, sameJson);
  const shownPolls = polls.map((p) => {
    const shown = pendingVisible.value(p.id);
    return shown === undefined || shown === p.resultsVisible ? p : { ...p, resultsVisible: shown };
  });

  // A draft deleted or opened elsewhere can no longer be edited here.
  useEffect(() => {
    if (editingId && !polls.some((p) => p.id === editingId && p.status === 'draft')) {
      setEditingId(null);
      setValues(emptyPollForm(key, snapshot.currentAgendaItemId));
    }
  }, [polls, editingId]);

  const change = (next: PollFormValues) => {
    setValues(next);
    if (errors) setErrors(validatePollForm(next));
  };

  const reset = () => {
    setValues(emptyPollForm(key, snapshot.currentAgendaItemId));
    setErrors(null);
    setEditingId(null);
  };

  const submit = async () => {
    const result = toCreatePollRequest(values);
    if (!result.ok) {
      setErrors(result.errors);
      setFailedSubmits((n) => n + 1);
      return;
    }
    const ack = editingId
      ? await send(LiveEvent.updatePoll, { ...result.request, pollId: editingId }, 'poll-form')
      : await send(LiveEvent.createPoll, result.request, 'poll-form');
    if (!ack?.ok) return;
    announce(editingId ? t('polls.savedNotice') : t('polls.createdNotice', { question: result.request.question }));
    reset();
  };

  const handlers: PollHandlers = {
    onEdit: (poll: PollView) => {
      setValues(pollFormFromView(poll, key));
      setErrors(null);
      setEditingId(poll.id);
      formHeading.current?.focus();
    },
    onDelete: async (pollId) => {
      const ack = await send(LiveEvent.deletePoll, { pollId }, pollId);
      if (!ack?.ok) return;
      if (editingId === pollId) reset();
      announce(t('polls.deletedNotice'));
      refocus(listHeading.current);
    },
    onSetStatus: async (pollId, status) => {
      const ack = await send(LiveEvent.setPollStatus, { pollId, status }, pollId);
      if (ack?.ok) announce(t(status === 'open' ? 'polls.openedNotice' : 'polls.closedNotice'));
    },
    onSetResultsVisible: async (pollId, visible) => {
      pendingVisible.request(pollId, visible);
      const ack = await send(LiveEvent.setPollResultsVisible, { pollId, visible }, pollId);
      if (ack?.ok) announce(t(visible ? 'polls.resultsShownNotice' : 'polls.resultsHiddenNotice'));
      else pendingVisible.settle(pollId);
    },
    onShowOnProjector: async (pollId) => {
      const view: ProjectorView = { mode: 'poll', pollId };
      pendingProjector.request('view', view);
      const ack = await send(LiveEvent.showOnProjector, { view }, pollId);
      if (ack?.ok) announce(t('polls.projectorNotice'));
      else pendingProjector.settle('view');
    },
  };

  if (!staff) return <p className="empty">{t('live.notStaff')}</p>;
  const allowed = can(staffRoleOf(snapshot.viewer), 'polls');
  return (
    <div className="polls-layout">
      {!allowed && <ReadOnlyNote capability="polls" />}
      {allowed && (
        <section className="card" aria-labelledby="poll-form-heading">
          <h3 id="poll-form-heading" ref={formHeading} tabIndex={-1}>
            {editingId ? t('polls.editHeading') : t('polls.createHeading')}
          </h3>
          <PollForm
            values={values}
            errors={errors}
            agenda={agenda}
            editing={editingId !== null}
            busy={busy.has('poll-form')}
            summaryRef={summary}
            onChange={(patch) => change({ ...values, ...patch })}
            onOptionChange={(index, label) => change(updateOption(values, index, label))}
            onOptionAdd={() => change(addOption(values, key()))}
            onOptionRemove={(index) => change(removeOption(values, index))}
            onSubmit={() => void submit()}
            onCancelEdit={reset}
          />
        </section>
      )}
      <section className="card" aria-labelledby="poll-list-heading">
        <h3 id="poll-list-heading" ref={listHeading} tabIndex={-1}>
          {t('polls.listHeading')} <span className="count">{polls.length}</span>
        </h3>
        <ReadOnlyArea capability="polls" allowed={allowed}>
          <PollList
            polls={shownPolls}
            results={staff.pollResults}
            projector={pendingProjector.value('view') ?? snapshot.projector}
            agendaTitles={agendaTitles}
            busyIds={busy}
            editingId={editingId}
            handlers={handlers}
          />
        </ReadOnlyArea>
      </section>
    </div>
  );
}
