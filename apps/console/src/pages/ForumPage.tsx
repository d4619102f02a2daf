import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiFetch, useDocumentTitle, type ApiError } from '@mufakat/client';
import { apiPaths, type ForumDetail, type ForumMemberView, type InviteMemberRequest } from '@mufakat/contracts';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ForumDetails } from '../components/ForumDetails';
import { InviteForm } from '../components/InviteForm';
import { JoinPanel } from '../components/JoinPanel';
import { LoadingState } from '../components/LoadingState';
import { MemberList } from '../components/MemberList';
import { StatusBadge } from '../components/StatusBadge';
import { useApiResource } from '../hooks/useApiResource';
import { useSession } from '../hooks/useSession';
import { isUnauthenticated, toApiError } from '../lib/api-errors';

export function ForumPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { expire } = useSession();
  const { data: forum, error, loading, reload } = useApiResource<ForumDetail>(apiPaths.forum(id));
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<ApiError | null>(null);
  const [inviting, setInviting] = useState(false);
  const [inviteError, setInviteError] = useState<ApiError | null>(null);
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const joinHeading = useRef<HTMLHeadingElement>(null);
  const justPublished = useRef(false);
  useDocumentTitle(forum?.title ?? t('forum.fallbackTitle'));

  useEffect(() => {
    // The publish button is gone once published; focus moves to what replaced it.
    if (forum?.status === 'published' && justPublished.current) {
      justPublished.current = false;
      joinHeading.current?.focus();
    }
  }, [forum?.status]);

  if (!forum) {
    if (error) {
      return (
        <section className="page">
          <h1>{t('forum.fallbackTitle')}</h1>
          <ApiErrorAlert error={error} />
          <p>
            <Link to="/">{t('app.backToForums')}</Link>
          </p>
        </section>
      );
    }
    return <LoadingState title={t('forum.fallbackTitle')} />;
  }

  const isOrganiser = forum.myRole === 'organiser';

  const publish = async () => {
    setPublishing(true);
    setPublishError(null);
    try {
      await apiFetch<unknown>(apiPaths.publishForum(forum.id), { method: 'POST' });
      justPublished.current = true;
      setAnnouncement(t('forum.published'));
      reload();
    } catch (caught) {
      if (isUnauthenticated(caught)) expire();
      else setPublishError(toApiError(caught));
    } finally {
      setPublishing(false);
    }
  };

  const invite = async (request: InviteMemberRequest): Promise<boolean> => {
    setInviting(true);
    setInviteError(null);
    try {
      await apiFetch<unknown>(apiPaths.forumMembers(forum.id), { body: request });
      setAnnouncement(t('invite.done', { email: request.email, role: t(`roles.${request.role}`) }));
      reload();
      return true;
    } catch (caught) {
      if (isUnauthenticated(caught)) expire();
      else setInviteError(toApiError(caught));
      return false;
    } finally {
      setInviting(false);
    }
  };

  const removeMember = async (member: ForumMemberView) => {
    setRemoving(member.userId);
    setRemoveError(null);
    try {
      await apiFetch<unknown>(apiPaths.forumMember(forum.id, member.userId), { method: 'DELETE' });
      setAnnouncement(t('members.removed', { name: member.name }));
      setConfirmingRemoval(null);
      reload();
    } catch (caught) {
      if (isUnauthenticated(caught)) expire();
      else setRemoveError(toApiError(caught));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/">{t('nav.myForums')}</Link>
      </p>
      <div className="page__head">
        <h1>{forum.title}</h1>
        <p className="page__badges">
          <StatusBadge status={forum.status} />
          <span className="badge badge--role">{t('forum.yourRole', { role: t(`roles.${forum.myRole}`) })}</span>
        </p>
      </div>
      <p role="status" className="announcement">
        {announcement}
      </p>
      {error && <ApiErrorAlert error={error} />}
      {loading && <p className="visually-hidden">{t('app.loading')}</p>}

      {forum.status === 'draft' && (
        <section className="card card--highlight" aria-labelledby="publish-heading">
          <h2 id="publish-heading">{t('forum.publishHeading')}</h2>
          <p>{isOrganiser ? t('forum.publishExplain') : t('forum.draftForStaff')}</p>
          {isOrganiser && (
            <button
              type="button"
              className="button button--primary button--large"
              data-testid="forum-publish"
              disabled={publishing}
              onClick={() => void publish()}
            >
              {publishing ? t('forum.publishing') : t('forum.publish')}
            </button>
          )}
          <ApiErrorAlert error={publishError} testId="publish-error" />
        </section>
      )}

      {forum.status === 'published' && forum.joinCode && (
        <JoinPanel forumId={forum.id} joinCode={forum.joinCode} joinUrl={forum.joinUrl} projectorUrl={forum.projectorUrl} headingRef={joinHeading} />
      )}

      <ForumDetails forum={forum} />

      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('forum.members')}</h2>
        <MemberList
          members={forum.members}
          removal={
            isOrganiser
              ? {
                  confirming: confirmingRemoval,
                  busy: removing,
                  onAsk: (userId) => {
                    setRemoveError(null);
                    setConfirmingRemoval(userId);
                  },
                  onConfirm: (member) => void removeMember(member),
                  onCancel: () => setConfirmingRemoval(null),
                }
              : undefined
          }
        />
        <ApiErrorAlert error={removeError} testId="member-remove-error" />
        {isOrganiser && (
          <>
            <h3>{t('invite.heading')}</h3>
            <InviteForm busy={inviting} error={inviteError} onInvite={invite} />
          </>
        )}
      </section>
    </section>
  );
}
