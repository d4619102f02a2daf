import { useTranslation } from 'react-i18next';
import type { ForumMemberView } from '@mufakat/contracts';

export function MemberList({ members }: { members: ForumMemberView[] }) {
  const { t } = useTranslation();
  return (
    <ul className="member-list" data-testid="member-list">
      {members.map((member) => (
        <li key={member.userId}>
          <span className="member-list__name">{member.name}</span>
          <span className="muted"> {member.email}</span>
          <span className="badge badge--role">{t(`roles.${member.role}`)}</span>
        </li>
      ))}
    </ul>
  );
}
