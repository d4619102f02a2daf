import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch, useDocumentTitle } from '@mufakat/client';
import { apiPaths, type MemberView, type MyOrganisationView, type MyUnitView } from '@mufakat/contracts';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { LoadingState } from '../components/LoadingState';
import { AddMemberForm } from '../components/members/AddMemberForm';
import { MemberRoster } from '../components/members/MemberRoster';
import { useApiAction } from '../hooks/useApiAction';
import { useApiResource } from '../hooks/useApiResource';
import { canManageMembers, managingRoles, membershipErrorKey, type MemberScope, type ScopeRole } from '../lib/members';

interface Place {
  id: string;
  /** What the chooser shows. */
  label: string;
  role: ScopeRole;
}

/** Who has which role in the staff member's units and organisations; their admins add, change and remove members. */
export function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('memberAdmin.title'));
  const units = useApiResource<MyUnitView[]>(apiPaths.myUnits);
  const organisations = useApiResource<MyOrganisationView[]>(apiPaths.myOrganisations);

  if (!units.data || !organisations.data) {
    const error = units.error ?? organisations.error;
    return error ? (
      <section className="page">
        <h1>{t('memberAdmin.title')}</h1>
        <ApiErrorAlert error={error} testId="members-error" />
      </section>
    ) : (
      <LoadingState title={t('memberAdmin.title')} />
    );
  }

  // A change to one's own membership can change one's role: both lists are read again.
  const reloadMine = () => {
    units.reload();
    organisations.reload();
  };

  return (
    <section className="page page--wide">
      <h1>{t('memberAdmin.title')}</h1>
      <p className="muted">{t('memberAdmin.intro')}</p>
      <ScopeSection
        scope="organisation"
        places={organisations.data.map((o) => ({ id: o.id, label: `${o.name} · ${t(`followUps.roles.${o.role}`)}`, role: o.role }))}
        onChanged={reloadMine}
      />
      <ScopeSection
        scope="unit"
        places={units.data.map((u) => ({ id: u.id, label: `${u.name} (${u.organisation.name}) · ${t(`followUps.roles.${u.role}`)}`, role: u.role }))}
        onChanged={reloadMine}
      />
    </section>
  );
}

function ScopeSection({ scope, places, onChanged }: { scope: MemberScope; places: Place[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const place = places.find((p) => p.id === chosen) ?? places[0];
  const headingId = `${id}-heading`;
  return (
    <section className="members-section" aria-labelledby={headingId} data-testid={`${scope}-section`}>
      <h2 id={headingId}>{t(`memberAdmin.heading.${scope}`)}</h2>
      {!place ? (
        <p className="empty" data-testid={`${scope}-none`}>
          {t(`memberAdmin.noPlaces.${scope}`)}
        </p>
      ) : (
        <>
          {places.length > 1 && (
            <div className="field field--inline">
              <label htmlFor={`${id}-place`}>{t(`memberAdmin.choose.${scope}`)}</label>
              <select id={`${id}-place`} value={place.id} data-testid={`${scope}-choose`} onChange={(event) => setChosen(event.target.value)}>
                {places.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          {places.length === 1 && <p data-testid={`${scope}-name`}>{place.label}</p>}
          <ScopeMembers key={place.id} scope={scope} place={place} onChanged={onChanged} />
        </>
      )}
    </section>
  );
}

function ScopeMembers({ scope, place, onChanged }: { scope: MemberScope; place: Place; onChanged: () => void }) {
  const { t } = useTranslation();
  const path = scope === 'unit' ? apiPaths.unitMembers(place.id) : apiPaths.organisationMembers(place.id);
  const members = useApiResource<MemberView[]>(path);
  const adding = useApiAction();
  const changing = useApiAction();
  const [announcement, setAnnouncement] = useState('');
  // Laid anew after a refused change, so the refused role does not stay showing.
  const [rosterVersion, setRosterVersion] = useState(0);
  const manage = canManageMembers(scope, place.role);
  const memberPath = (userId: string) => (scope === 'unit' ? apiPaths.unitMember(place.id, userId) : apiPaths.organisationMember(place.id, userId));
  const ownWords = (key: string | null) => (key ? t(key) : undefined);

  const add = async (email: string, role: ScopeRole): Promise<boolean> => {
    setAnnouncement('');
    changing.clear();
    const added = await adding.run('add', () => apiFetch<MemberView[]>(path, { body: { email, role } }));
    if (!added) return false;
    setAnnouncement(t('memberAdmin.added', { email }));
    members.reload();
    onChanged();
    return true;
  };

  // The add route gives an existing member the role it is sent: a role change is that same request.
  const changeRole = async (member: MemberView, role: ScopeRole) => {
    setAnnouncement('');
    adding.clear();
    const saved = await changing.run(member.userId, () => apiFetch<MemberView[]>(path, { body: { email: member.email, role } }));
    if (!saved) {
      setRosterVersion((v) => v + 1);
      return;
    }
    setAnnouncement(t('memberAdmin.changed', { name: member.name, role: t(`followUps.roles.${role}`) }));
    members.reload();
    onChanged();
  };

  const remove = async (member: MemberView) => {
    setAnnouncement('');
    adding.clear();
    const removed = await changing.run(member.userId, () => apiFetch<unknown>(memberPath(member.userId), { method: 'DELETE' }).then(() => true));
    if (!removed) return;
    setAnnouncement(t('memberAdmin.removed', { name: member.name }));
    members.reload();
    onChanged();
  };

  return (
    <>
      <p role="status" className="announcement" data-testid={`${scope}-announcement`}>
        {announcement}
      </p>
      <ApiErrorAlert error={members.error} testId={`${scope}-members-error`} />
      <ApiErrorAlert error={changing.error} message={ownWords(membershipErrorKey(scope, changing.error))} testId={`${scope}-change-error`} />
      {!manage && (
        <p className="muted" data-testid={`${scope}-read-only`}>
          {t(`memberAdmin.readOnly.${scope}`, {
            roles: managingRoles(scope)
              .map((role) => t(`followUps.roles.${role}`))
              .join(', '),
          })}
        </p>
      )}
      {members.data ? (
        <MemberRoster
          key={rosterVersion}
          scope={scope}
          members={members.data}
          manage={manage}
          busy={changing.busy}
          onChangeRole={(member, role) => void changeRole(member, role)}
          onRemove={(member) => void remove(member)}
        />
      ) : (
        members.loading && <p className="muted">{t('memberAdmin.loading')}</p>
      )}
      {manage && (
        <AddMemberForm
          scope={scope}
          busy={adding.busy !== null}
          error={adding.error}
          errorMessage={ownWords(membershipErrorKey(scope, adding.error))}
          onAdd={add}
        />
      )}
    </>
  );
}
