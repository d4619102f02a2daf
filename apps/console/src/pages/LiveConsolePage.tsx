import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { serverErrorText, useDocumentTitle, useLiveForum, useServerClock } from '@mufakat/client';
import { apiPaths, LiveEvent, type ForumDetail, type LiveAuth } from '@mufakat/contracts';
import { AckErrorList } from '../components/AckErrorList';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { NowBar } from '../components/live/NowBar';
import { TabPanel, Tabs, type TabItem } from '../components/live/Tabs';
import { useAckErrors } from '../hooks/useAckErrors';
import { useApiResource } from '../hooks/useApiResource';
import { useLiveCommands } from '../hooks/useLiveCommands';
import { findAgendaItem, nextAgendaItemId, sortAgenda } from '../lib/agenda';
import { roomCounts } from '../lib/attendance';
import { defaultLiveTab, LIVE_TABS, liveTabFromUrl, type LiveTab } from '../lib/live-tabs';
import { can, consoleTitleKey, staffRoleOf } from '../lib/permissions';
import { pendingQueue } from '../lib/questions';
import { speakerQueue } from '../lib/speakers';
import { AgendaTab } from './live/AgendaTab';
import { AttendanceTab } from './live/AttendanceTab';
import { ConsensusTab } from './live/ConsensusTab';
import type { LiveTabProps } from './live/live-context';
import { MinutesTab } from './live/MinutesTab';
import { PollsTab } from './live/PollsTab';
import { ProjectorTab } from './live/ProjectorTab';
import { QuestionsTab } from './live/QuestionsTab';
import { SpeakersTab } from './live/SpeakersTab';
import { SurveyTab } from './live/SurveyTab';

const TAB_PREFIX = 'live';

export function LiveConsolePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // The tab switches at once; the URL follows so a reload or a shared link lands on the same tab. Without
  // one in the URL, each role starts where its work is (known once the snapshot says who is signed in).
  const [chosenTab, setTab] = useState<LiveTab | null>(() => liveTabFromUrl(params.get('tab')));
  const auth = useMemo<LiveAuth>(() => ({ forumId: id }), [id]);
  const { snapshot, connection, rejection, client } = useLiveForum(auth);
  const role = snapshot ? staffRoleOf(snapshot.viewer) : null;
  const tab = chosenTab ?? defaultLiveTab(role);
  const title = t(consoleTitleKey(role));
  const { errors, report, dismiss } = useAckErrors();
  const { send, busy } = useLiveCommands(client, report);
  const { data: forum } = useApiResource<ForumDetail>(apiPaths.forum(id));
  const [announcement, setAnnouncement] = useState('');
  const clockOffsetMs = useServerClock(snapshot?.serverTime);
  useDocumentTitle(snapshot ? `${title} · ${snapshot.forum.title}` : title);

  useEffect(() => {
    // Confirmations fade after a while; the next one is then announced even if it says the same.
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(''), 8000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const agenda = useMemo(() => sortAgenda(snapshot?.agenda ?? []), [snapshot?.agenda]);
  const agendaTitles = useMemo(() => new Map(agenda.map((item) => [item.id, item.title])), [agenda]);
  const currentId = snapshot?.currentAgendaItemId ?? null;
  const next = findAgendaItem(agenda, nextAgendaItemId(agenda, currentId));
  const staff = snapshot?.staff;

  const selectTab = useCallback(
    (next: LiveTab) => {
      setTab(next);
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          updated.set('tab', next);
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const startNext = async () => {
    if (!next) return;
    const ack = await send(LiveEvent.startAgendaItem, { agendaItemId: next.id }, 'agenda');
    if (ack?.ok) setAnnouncement(t('agenda.startedNotice', { title: next.title }));
  };

  // What waits for the moderator shows on the tab, so nothing is missed while another tab is open.
  const pendingCount = staff ? pendingQueue(staff.questions).length : 0;
  const waitingCount = snapshot ? speakerQueue(snapshot.speakers).waiting.length : 0;
  const badges: Partial<Record<LiveTab, TabItem<LiveTab>['badge']>> = {
    questions: { count: pendingCount, label: t('tabs.pendingBadge', { count: pendingCount }) },
    speakers: { count: waitingCount, label: t('tabs.waitingBadge', { count: waitingCount }) },
  };
  const tabs: TabItem<LiveTab>[] = LIVE_TABS.map((tabId) => ({ id: tabId, label: t(`tabs.${tabId}`), badge: badges[tabId] }));

  const tabProps: LiveTabProps | null = snapshot ? { snapshot, staff, agenda, agendaTitles, send, busy, announce: setAnnouncement, clockOffsetMs } : null;

  return (
    <section className="page page--wide live">
      <p className="breadcrumb">
        <Link to={`/forums/${encodeURIComponent(id)}`}>{t('live.backToForum')}</Link>
      </p>
      <div className="page__head live__head">
        <h1 data-testid="live-title">
          {title}
          {snapshot && <span className="live__forum-title">{snapshot.forum.title}</span>}
        </h1>
        <ConnectionStatus connection={connection} testId="connection-state" />
      </div>
      <p role="status" className="announcement" data-testid="live-announcement">
        {announcement}
      </p>
      {connection === 'rejected' && (
        <div role="alert" className="alert alert--error" data-testid="live-error">
          <p className="alert__title">{t('live.rejected')}</p>
          {rejection && <p>{serverErrorText(rejection, t, i18n.language)}</p>}
        </div>
      )}
      <AckErrorList errors={errors} onDismiss={dismiss} />

      {!tabProps && connection !== 'rejected' && <p className="empty">{t('live.waiting')}</p>}
      {tabProps && (
        <>
          {!staff && (
            <p role="alert" className="alert alert--error">
              {t('live.notStaff')}
            </p>
          )}
          <NowBar
            current={findAgendaItem(agenda, currentId)}
            next={next}
            busy={busy.has('agenda') || connection !== 'live'}
            canRun={can(role, 'agenda')}
            attendance={roomCounts(tabProps.snapshot)}
            clockOffsetMs={clockOffsetMs}
            onNext={() => void startNext()}
          />
          <Tabs label={t('tabs.label')} idPrefix={TAB_PREFIX} tabs={tabs} active={tab} onChange={selectTab} />
          <TabPanel idPrefix={TAB_PREFIX} id="questions" active={tab === 'questions'}>
            <h2 className="visually-hidden">{t('tabs.questions')}</h2>
            <QuestionsTab {...tabProps} />
          </TabPanel>
          <TabPanel idPrefix={TAB_PREFIX} id="polls" active={tab === 'polls'}>
            <h2 className="visually-hidden">{t('tabs.polls')}</h2>
            <PollsTab {...tabProps} />
          </TabPanel>
          <TabPanel idPrefix={TAB_PREFIX} id="agenda" active={tab === 'agenda'}>
            <h2 className="visually-hidden">{t('tabs.agenda')}</h2>
            <AgendaTab {...tabProps} />
          </TabPanel>
          <TabPanel idPrefix={TAB_PREFIX} id="speakers" active={tab === 'speakers'}>
            <h2 className="visually-hidden">{t('tabs.speakers')}</h2>
            <SpeakersTab {...tabProps} />
          </TabPanel>
          <TabPanel idPrefix={TAB_PREFIX} id="consensus" active={tab === 'consensus'}>
            <h2 className="visually-hidden">{t('tabs.consensus')}</h2>
            <ConsensusTab {...tabProps} />
          </TabPanel>
          <TabPanel idPrefix={TAB_PREFIX} id="survey" active={tab === 'survey'}>
            <h2 className="visually-hidden">{t('tabs.survey')}</h2>
            <SurveyTab {...tabProps} />
          </TabPanel>
          <TabPanel idPrefix={TAB_PREFIX} id="attendance" active={tab === 'attendance'}>
            <h2 className="visually-hidden">{t('tabs.attendance')}</h2>
            <AttendanceTab {...tabProps} />
          </TabPanel>
          <TabPanel idPrefix={TAB_PREFIX} id="minutes" active={tab === 'minutes'}>
            <h2 className="visually-hidden">{t('tabs.minutes')}</h2>
            <MinutesTab {...tabProps} />
          </TabPanel>
          <TabPanel idPrefix={TAB_PREFIX} id="projector" active={tab === 'projector'}>
            <h2 className="visually-hidden">{t('tabs.projector')}</h2>
            <ProjectorTab {...tabProps} projectorUrl={forum?.projectorUrl ?? null} />
          </TabPanel>
        </>
      )}
    </section>
  );
}
