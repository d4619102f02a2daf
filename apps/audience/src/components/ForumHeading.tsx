import type { JoinInfo } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';

function formatStart(startsAt: string, language: string): string {
  const date = new Date(startsAt);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function ForumHeading({ forum, titleTestId }: { forum: JoinInfo; titleTestId?: string }) {
  const { t, language } = useTranslation();
  const details = [forum.unitName, forum.venue, formatStart(forum.startsAt, language)].filter(Boolean);
  return (
    <header className="forum">
      <h1 data-testid={titleTestId}>{forum.title}</h1>
      {forum.theme && <p className="theme">{forum.theme}</p>}
      <p className="muted">{details.join(' · ')}</p>
      {/* The link comes from staff input: only web addresses become links. */}
      {forum.streamUrl && /^https?:\/\//i.test(forum.streamUrl) && (
        <p>
          <a href={forum.streamUrl} target="_blank" rel="noopener noreferrer">
            {t('join.stream')}
          </a>
        </p>
      )}
    </header>
  );
}
