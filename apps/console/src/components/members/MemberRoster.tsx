import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '@mufakat/contracts';
import { rolesOf, type MemberScope, type ScopeRole } from '../../lib/members';
import { useReturnFocus } from '../live/useReturnFocus';

interface MemberRosterProps {
  scope: MemberScope;
  members: MemberView[];
  /** When false the list is read-only: no control the caller's role may not use. */
  manage: boolean;
  /** The member whose change is on its way, or null. */
  busy: string | null;
  onChangeRole: (member: MemberView, role: ScopeRole) => void;
  onRemove: (member: MemberView) => void;
  /** The member whose removal is being confirmed at first render (tests); afterwards the roster keeps it. */
  initialConfirming?: string | null;
}

/** A unit's or an organisation's members with their roles; an admin changes a role or removes a member here. */
export function MemberRoster({ scope, members, manage, busy, onChangeRole, onRemove, initialConfirming = null }: MemberRosterProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(initialConfirming);
  const [drafts, setDrafts] = useState<Record<string, ScopeRole>>({});
  const returnFocusTo = useReturnFocus(confirming);
  // The confirmation replaces the button that asked for it: keyboard and screen-reader users land on it.
  const focusOnMount = useCallback((element: HTMLButtonElement | null) => element?.focus(), []);

  if (members.length === 0) {
    return (
      <p className="empty" data-testid={`${scope}-members-empty`}>
        {t('memberAdmin.none')}
      </p>
    );
  }

  return (
    <ul className="member-list member-roster" data-testid={`${scope}-members`}>
      {members.map((member) => {
        const draft = drafts[member.userId] ?? member.role;
        const roleId = `${scope}-role-${member.userId}`;
        return (
          <li key={member.userId} data-testid={`${scope}-member`} data-email={member.email}>
            <span className="member-roster__who">
              <span className="member-list__name">{member.name}</span>
              <span className="muted"> {member.email}</span>
            </span>
            {!manage ? (
              <span className="badge badge--role" data-testid={`${scope}-member-role-text`}>
                {t(`followUps.roles.${member.role}`)}
              </span>
            ) : (
              <span className="member-list__actions member-roster__actions">
                <label className="visually-hidden" htmlFor={roleId}>
                  {t('memberAdmin.roleOf', { name: member.name })}
                </label>
                <select
                  id={roleId}
                  value={draft}
                  data-testid={`${scope}-member-role`}
                  disabled={busy !== null}
                  onChange={(event) => setDrafts((all) => ({ ...all, [member.userId]: event.target.value as ScopeRole }))}
                >
                  {rolesOf(scope).map((role) => (
                    <option key={role} value={role}>
                      {t(`followUps.roles.${role}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button button--quiet"
                  data-testid={`${scope}-member-save`}
                  disabled={busy !== null || draft === member.role}
                  onClick={() => onChangeRole(member, draft)}
                >
                  {busy === member.userId ? t('memberAdmin.saving') : t('memberAdmin.saveRole')}
                  <span className="visually-hidden"> {member.name}</span>
                </button>
                {confirming === member.userId ? (
                  <span role="group" aria-label={t('memberAdmin.confirmLabel', { name: member.name })} className="member-list__confirm">
                    <span>{t(`memberAdmin.confirmQuestion.${scope}`, { name: member.name })}</span>
                    <button
                      type="button"
                      ref={focusOnMount}
                      className="button button--reject"
                      data-testid={`${scope}-member-remove-confirm`}
                      disabled={busy !== null}
                      onClick={() => {
                        setConfirming(null);
                        onRemove(member);
                      }}
                    >
                      {busy === member.userId ? t('memberAdmin.removing') : t('memberAdmin.confirm')}
                    </button>
                    <button type="button" className="button button--quiet" data-testid={`${scope}-member-remove-cancel`} onClick={() => setConfirming(null)}>
                      {t('memberAdmin.cancel')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    ref={returnFocusTo(member.userId)}
                    className="button button--quiet"
                    data-testid={`${scope}-member-remove`}
                    disabled={busy !== null}
                    onClick={() => setConfirming(member.userId)}
                  >
                    {t('memberAdmin.remove')}
                    <span className="visually-hidden"> {member.name}</span>
                  </button>
                )}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
