import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLiveForum } from '@mufakat/client';
import { LiveEvent, type LiveAuth, type ModerationDecision } from '@mufakat/contracts';
import { AckErrorList } from '../components/AckErrorList';
import { AgendaControl } from '../components/AgendaControl';
import { ApprovedQuestions } from '../components/ApprovedQuestions';
import { AttendanceSummary } from '../components/AttendanceSummary';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { ParticipantTable } from '../components/ParticipantTable';
import { PendingQueue } from '../components/PendingQueue';
import { useAckErrors } from '../hooks/useAckErrors';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { nextAgendaItemId, sortAgenda } from '../lib/agenda';

export function LiveConsolePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const auth = useMemo<LiveAuth>(() => ({ forumId: id }), [id]);
  const { snapshot, connection, rejection, client } = useLiveForum(auth);
  const { errors, report, dismiss } = useAckErrors();
  const [moderating, setModerating] = useState<ReadonlySet<string>>(new Set());
  const [agendaBusy, setAgendaBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  useDocumentTitle(snapshot ? `${t('live.title')} · ${snapshot.forum.title}` : t('live.title'));

  const agenda = useMemo(() => sortAgenda(snapshot?.agenda ?? []), [snapshot?.agenda]);
  const agendaTitles = useMemo(() => new Map(agenda.map((item) => [item.id, item.title])), [agenda]);
  const currentId = snapshot?.currentAgendaItemId ?? null;

  const moderate = async (questionId: string, decision: ModerationDecision) => {
    if (!client) return;
    setModerating((previous) => new Set(previous).add(questionId));
    const ack = await client.emit(LiveEvent.moderate, { questionId, decision });
    setModerating((previous) => {
      const next = new Set(previous);
      next.delete(questionId);
      return next;
    });
    if (ack.ok) setAnnouncement(t(decision === 'approve' ? 'live.approvedNotice' : 'live.rejectedNotice'));
    else report(ack.error);
  };

  const setCurrent = async (agendaItemId: string) => {
    if (!client) return;
    setAgendaBusy(true);
    const ack = await client.emit(LiveEvent.setCurrentAgenda, { agendaItemId });
    setAgendaBusy(false);
    if (ack.ok) {
      const title = agendaTitles.get(ack.data.currentAgendaItemId ?? '') ?? '';
      setAnnouncement(t('live.agendaNotice', { title }));
    } else {
      report(ack.error);
    }
  };

  const staff = snapshot?.staff;
  return (
    <section className="page page--wide live">
      <p className="breadcrumb">
        <Link to={`/forums/${encodeURIComponent(id)}`}>{t('live.backToForum')}</Link>
      </p>
      <div className="page__head live__head">
        <h1>
          {t('live.title')}
          {snapshot && <span className="live__forum-title">{snapshot.forum.title}</span>}
        </h1>
        <ConnectionStatus connection={connection} testId="connection-state" />
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {connection === 'rejected' && (
        <div role="alert" className="alert alert--error" data-testid="live-error">
          <p className="alert__title">{t('live.rejected')}</p>
          {rejection && <p>{rejection}</p>}
        </div>
      )}
      <AckErrorList errors={errors} onDismiss={dismiss} />

      {!snapshot && connection !== 'rejected' && <p className="empty">{t('live.waiting')}</p>}
      {snapshot && (
        <>
          <section className="card live__attendance" aria-labelledby="attendance-heading">
            <h2 id="attendance-heading">{t('live.attendance')}</h2>
            <AttendanceSummary attendance={snapshot.attendance} />
          </section>
          {!staff && (
            <p role="alert" className="alert alert--error">
              {t('live.notStaff')}
            </p>
          )}
          <div className="live__grid">
            <section className="card live__agenda" aria-labelledby="agenda-heading">
              <h2 id="agenda-heading">{t('forum.agenda')}</h2>
              <AgendaControl
                agenda={agenda}
                currentId={currentId}
                nextId={nextAgendaItemId(agenda, currentId)}
                busy={agendaBusy || connection !== 'live'}
                onSetCurrent={(itemId) => void setCurrent(itemId)}
              />
            </section>
            {staff && (
              <section className="card live__pending" aria-labelledby="pending-heading">
                <h2 id="pending-heading">
                  {t('live.pending')} <span className="count">{staff.pendingQuestions.length}</span>
                </h2>
                <PendingQueue
                  questions={staff.pendingQuestions}
                  busyIds={moderating}
                  agendaTitles={agendaTitles}
                  onModerate={(questionId, decision) => void moderate(questionId, decision)}
                />
              </section>
            )}
            <section className="card live__approved" aria-labelledby="approved-heading">
              <h2 id="approved-heading">
                {t('live.approved')} <span className="count">{snapshot.questions.length}</span>
              </h2>
              <ApprovedQuestions questions={snapshot.questions} agendaTitles={agendaTitles} />
            </section>
          </div>
          {staff && (
            <section className="card" aria-labelledby="participants-heading">
              <h2 id="participants-heading">
                {t('live.participants')} <span className="count">{staff.participants.length}</span>
              </h2>
              <ParticipantTable participants={staff.participants} />
            </section>
          )}
        </>
      )}
    </section>
  );
}
