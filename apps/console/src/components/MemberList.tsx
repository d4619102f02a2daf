import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumMemberView } from '@mufakat/contracts';
import { useReturnFocus } from './live/useReturnFocus';

/** What the organiser may do to the list: take a member off the forum, after saying yes once more. */
export interface MemberRemoval {
  /** The member whose removal is being confirmed, or null. */
  confirming: string | null;
  /** The member being removed right now, or null. */
  busy: string | null;
  onAsk: (userId: string) => void;
  onConfirm: (member: ForumMemberView) => void;
  onCancel: () => void;
}

export function MemberList({ members, removal }: { members: ForumMemberView[]; removal?: MemberRemoval }) {
  const { t } = useTranslation();
  const returnFocusTo = useReturnFocus(removal?.confirming ?? null);
  // The confirmation replaces the button that asked for it: keyboard and screen-reader users land on it.
  const focusOnMount = useCallback((element: HTMLButtonElement | null) => element?.focus(), []);
  return (
    <ul className="member-list" data-testid="member-list">
      {members.map((member) => (
        <li key={member.userId} data-testid="member">
          <span className="member-list__name">{member.name}</span>
          <span className="muted"> {member.email}</span>
          <span className="badge badge--role">{t(`roles.${member.role}`)}</span>
          {removal && member.role !== 'organiser' && (
            <span className="member-list__actions">
              {removal.confirming === member.userId ? (
                <span role="group" aria-label={t('members.confirmLabel', { name: member.name })} className="member-list__confirm">
                  <span>{t('members.confirmQuestion', { name: member.name })}</span>
                  <button
                    type="button"
                    ref={focusOnMount}
                    className="button button--reject"
                    data-testid="member-remove-confirm"
                    disabled={removal.busy === member.userId}
                    onClick={() => removal.onConfirm(member)}
                  >
                    {removal.busy === member.userId ? t('members.removing') : t('members.confirm')}
                  </button>
                  <button type="button" className="button button--quiet" data-testid="member-remove-cancel" onClick={removal.onCancel}>
                    {t('members.cancel')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  ref={returnFocusTo(member.userId)}
                  className="button button--quiet"
                  data-testid="member-remove"
                  disabled={removal.busy !== null}
                  onClick={() => removal.onAsk(member.userId)}
                >
                  {t('members.remove')}
                  <span className="visually-hidden"> {member.name}</span>
                </button>
              )}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
