import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch, useDocumentTitle, type ApiError } from '@mufakat/client';
import {
  ACTION_STATUSES,
  apiPaths,
  type ActionStatus,
  type BoardActionView,
  type BoardFilter,
  type CreateActionRequest,
  type FollowUpBoardView,
  type MyOrganisationView,
  type MyUnitView,
  type NotificationsView,
  type OrganisationUnitsView,
  type PostActionUpdateRequest,
} from '@mufakat/contracts';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ActionCard } from '../components/follow-ups/ActionCard';
import { AddActionForm } from '../components/follow-ups/AddActionForm';
import { NotificationsPanel } from '../components/follow-ups/NotificationsPanel';
import { OrganisationOverview } from '../components/follow-ups/OrganisationOverview';
import { LoadingState } from '../components/LoadingState';
import { useSession } from '../hooks/useSession';
import { isUnauthenticated, toApiError } from '../lib/api-errors';
import { formatCalendarDate } from '../lib/datetime';
import { boardQuery, canUpdate } from '../lib/follow-ups';

/** After the forum: a unit's follow-up board across its forums, for its staff and its organisation's. */
export function FollowUpPage() {
  const { t, i18n } = useTranslation();
  const { expire } = useSession();
  const id = useId();
  useDocumentTitle(t('followUps.title'));
  const [units, setUnits] = useState<MyUnitView[] | null>(null);
  const [unitId, setUnitId] = useState<string>('');
  const [filter, setFilter] = useState<BoardFilter>({});
  const [board, setBoard] = useState<FollowUpBoardView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busyAction, setBusyAction] = useState<string | null>(null);
  const [actionError, setActionError] = useState<{ id: string; error: ApiError } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [notifications, setNotifications] = useState<NotificationsView | null>(null);
  const [markingRead, setMarkingRead] = useState(false);
  const [organisations, setOrganisations] = useState<OrganisationUnitsView[]>([]);

  const fail = useCallback(
    (caught: unknown) => {
      if (isUnauthenticated(caught)) expire();
      else setError(toApiError(caught));
    },
    [expire],
  );

  useEffect(() => {
    apiFetch<MyUnitView[]>(apiPaths.myUnits)
      .then((mine) => {
        setUnits(mine);
        if (mine.length > 0) setUnitId((current) => current || mine[0].id);
      })
      .catch(fail);
  }, [fail]);

  // An organisation's members see its units side by side.
  useEffect(() => {
    apiFetch<MyOrganisationView[]>(apiPaths.myOrganisations)
      .then((mine) => Promise.all(mine.map((o) => apiFetch<OrganisationUnitsView>(apiPaths.organisationUnits(o.id)))))
      .then(setOrganisations)
      .catch(fail);
  }, [fail]);

  const loadNotifications = useCallback(async () => {
    try {
      setNotifications(await apiFetch<NotificationsView>(apiPaths.notifications));
    } catch (caught) {
      fail(caught);
    }
  }, [fail]);

  useEffect(() => {
    void loadNotifications();
  }, [loadNotifications]);

  const markRead = async () => {
    setMarkingRead(true);
    try {
      await apiFetch<unknown>(apiPaths.notificationsRead, { method: 'POST' });
      await loadNotifications();
    } catch (caught) {
      fail(caught);
    } finally {
      setMarkingRead(false);
    }
  };

  const load = useCallback(async () => {
    if (!unitId) return;
    try {
      setBoard(await apiFetch<FollowUpBoardView>(apiPaths.unitFollowUps(unitId) + boardQuery(filter)));
      setError(null);
    } catch (caught) {
      fail(caught);
    }
  }, [unitId, filter, fail]);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (action: BoardActionView, work: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusyAction(action.id);
    setActionError(null);
    setAnnouncement('');
    try {
      await work();
      // Said once the board shows it, so a screen reader and the page agree.
      await load();
      setAnnouncement(done);
      return true;
    } catch (caught) {
      if (isUnauthenticated(caught)) expire();
      else setActionError({ id: action.id, error: toApiError(caught) });
      return false;
    } finally {
      setBusyAction(null);
    }
  };

  const update = (action: BoardActionView, request: PostActionUpdateRequest, files: File[]) => {
    const form = new FormData();
    form.append('status', request.status);
    form.append('progress', String(request.progress));
    form.append('note', request.note);
    for (const file of files) form.append('evidence', file, file.name);
    return act(action, () => apiFetch<unknown>(apiPaths.actionUpdates(action.id), { body: form }), t('followUps.updated'));
  };

  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<ApiError | null>(null);
  const add = async (request: CreateActionRequest): Promise<boolean> => {
    setAdding(true);
    setAddError(null);
    setAnnouncement('');
    try {
      setBoard(await apiFetch<FollowUpBoardView>(apiPaths.unitFollowUps(unitId), { body: request }));
      setFilter({});
      setAnnouncement(t('followUps.add.added'));
      return true;
    } catch (caught) {
      if (isUnauthenticated(caught)) expire();
      else setAddError(toApiError(caught));
      return false;
    } finally {
      setAdding(false);
    }
  };

  const drop = (action: BoardActionView, reason: string) =>
    act(action, () => apiFetch<unknown>(apiPaths.dropAction(action.id), { body: { reason } }), t('followUps.dropped'));

  if (units === null) return error ? <ErrorPage error={error} /> : <LoadingState title={t('followUps.title')} />;

  return (
    <section className="page page--wide">
      <h1>{t('followUps.title')}</h1>
      <p className="muted">{t('followUps.intro')}</p>
      <ApiErrorAlert error={error} testId="follow-ups-error" />
      <p role="status" className="announcement" data-testid="follow-ups-announcement">
        {announcement}
      </p>
      {notifications && <NotificationsPanel notifications={notifications} busy={markingRead} onMarkRead={() => void markRead()} />}
      {organisations.map((view) => (
        <OrganisationOverview key={view.organisation.id} view={view} />
      ))}
      {units.length === 0 ? (
        <p className="empty" data-testid="follow-ups-no-units">
          {t('followUps.noUnits')}
        </p>
      ) : (
        <>
          <form className="form follow-up__filters" onSubmit={(event) => event.preventDefault()} aria-label={t('followUps.filters')}>
            <div className="field field--inline">
              <label htmlFor={`${id}-unit`}>{t('followUps.unit')}</label>
              <select id={`${id}-unit`} value={unitId} data-testid="follow-ups-unit" onChange={(event) => setUnitId(event.target.value)}>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name} ({unit.organisation.name}) · {t(`followUps.roles.${unit.role}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--inline">
              <label htmlFor={`${id}-status`}>{t('followUps.status')}</label>
              <select
                id={`${id}-status`}
                value={filter.status ?? ''}
                data-testid="follow-ups-filter-status"
                onChange={(event) => setFilter((f) => ({ ...f, status: (event.target.value || undefined) as ActionStatus | undefined }))}
              >
                <option value="">{t('followUps.allStatuses')}</option>
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`followUpStatus.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--inline">
              <label htmlFor={`${id}-forum`}>{t('followUps.forum')}</label>
              <select
                id={`${id}-forum`}
                value={filter.forumId ?? ''}
                data-testid="follow-ups-filter-forum"
                onChange={(event) => setFilter((f) => ({ ...f, forumId: event.target.value || undefined }))}
              >
                <option value="">{t('followUps.allForums')}</option>
                {board?.forums.map((forum) => (
                  <option key={forum.id} value={forum.id}>
                    {forum.title} · {formatCalendarDate(forum.startsAt.slice(0, 10), i18n.language)}
                  </option>
                ))}
              </select>
            </div>
            <div className="check-field">
              <input
                id={`${id}-overdue`}
                type="checkbox"
                checked={filter.overdue ?? false}
                data-testid="follow-ups-filter-overdue"
                onChange={(event) => setFilter((f) => ({ ...f, overdue: event.target.checked || undefined }))}
              />
              <div>
                <label htmlFor={`${id}-overdue`}>{t('followUps.onlyOverdue')}</label>
              </div>
            </div>
          </form>
          {board && (
            <>
              <p data-testid="follow-ups-counts">
                {t('followUps.counts', {
                  total: board.counts.total,
                  done: board.counts.done,
                  overdue: board.counts.overdue,
                  dueSoon: board.counts.dueSoon,
                  asOf: formatCalendarDate(board.asOf, i18n.language),
                })}
              </p>
              <h2>{t('followUps.actionsHeading', { unit: board.unit.name })}</h2>
              {canUpdate(board.role) && board.items.length > 0 && (
                <>
                  <ApiErrorAlert error={addError} testId="add-error" />
                  <AddActionForm items={board.items} forums={board.forums} busy={adding} onAdd={add} />
                </>
              )}
              {board.actions.length === 0 ? (
                <p className="empty" data-testid="follow-ups-empty">
                  {t('followUps.none')}
                </p>
              ) : (
                <ul className="follow-up__list">
                  {board.actions.map((action) => (
                    <ActionCard
                      key={action.id}
                      action={action}
                      canUpdate={canUpdate(board.role)}
                      busy={busyAction === action.id}
                      error={actionError?.id === action.id ? actionError.error : null}
                      onUpdate={update}
                      onDrop={drop}
                    />
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function ErrorPage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('followUps.title')}</h1>
      <ApiErrorAlert error={error} />
    </section>
  );
}
