import { useTranslation } from 'react-i18next';
import { rolesFor, type StaffCapability } from '../../lib/permissions';

interface ReadOnlyNoteProps {
  capability: StaffCapability;
  /** A second note for the same part elsewhere on the page (the now bar) needs ids of its own. */
  place?: string;
}

/** Why the controls of a part are missing or disabled: the roles that may use them, from the permission table. */
export function ReadOnlyNote({ capability, place }: ReadOnlyNoteProps) {
  const { t, i18n } = useTranslation();
  const roles = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(rolesFor(capability).map((role) => t(`roleNames.${role}`)));
  return (
    <p
      className="alert alert--info read-only-note"
      id={place ? `${readOnlyNoteId(capability)}-${place}` : readOnlyNoteId(capability)}
      data-testid={place ? `read-only-${capability}-${place}` : `read-only-${capability}`}
    >
      {t(`permissions.readOnly.${capability}`, { roles })}
    </p>
  );
}

export const readOnlyNoteId = (capability: StaffCapability) => `read-only-${capability}`;
