import { useTranslation } from 'react-i18next';
import type { ForumStatus } from '@mufakat/contracts';

export function StatusBadge({ status }: { status: ForumStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`forumStatus.${status}`)}</span>;
}
