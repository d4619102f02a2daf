import { useEffect, type MouseEvent, type ReactNode } from 'react';
import type { ActionCounts, ActionTimeliness } from '@mufakat/contracts';
import { Message } from '../../../components/Message';
import { TIMELINESS_TONE, formatShare } from '../../../lib/follow-up';
import { navigate } from '../../../lib/navigation';
import { useFollowUpTranslation } from './useFollowUpTranslation';
import type { ViewState } from './usePublicView';
import './follow-up.css';

/** A link inside the app: followed without reloading it, opened in a new tab like any link. */
export function AppLink({ href, children, className, testId }: { href: string; children: ReactNode; className?: string; testId?: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} className={className} data-testid={testId} onClick={follow}>
      {children}
    </a>
  );
}

/** Everything but the page itself: loading, "not public or not found", failed with a way to try again. */
export function ViewStatus({ state, retry }: { state: Exclude<ViewState<unknown>, { status: 'found' }>; retry: () => void }) {
  const { t } = useFollowUpTranslation();
  if (state.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.status === 'not-found') {
    return (
      <Message title={t('notFound')} testId="follow-up-not-found">
        <p>{t('notFoundText')}</p>
      </Message>
    );
  }
  return (
    <Message title={t('failed')} testId="follow-up-failed">
      <button type="button" className="button" onClick={retry}>
        {t('retry')}
      </button>
    </Message>
  );
}

export function Breadcrumb({ trail }: { trail: Array<{ href: string; label: string }> }) {
  const { t } = useFollowUpTranslation();
  return (
    <nav aria-label={t('breadcrumb')} className="crumbs">
      <ol>
        {trail.map((step) => (
          <li key={step.href}>
            <AppLink href={step.href}>{step.label}</AppLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}

const COUNT_KEYS: Array<keyof ActionCounts> = ['total', 'done', 'doneOnTime', 'doneLate', 'inProgress', 'planned', 'overdue', 'dueSoon', 'dropped'];

/** How a set of actions stands, as figures; with the share done on time where the page has one. */
export function CountsSummary({ counts, onTimeShare }: { counts: ActionCounts; onTimeShare?: number | null }) {
  const { t, language } = useFollowUpTranslation();
  // Fixed ids: one of each per page (useId would add to the first load's shared runtime).
  const titleId = 'counts-title';
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('counts.title')}</h2>
      <dl className="tiles" data-testid="counts">
        {onTimeShare !== undefined && (
          <div className="tile tile--lead">
            <dt>{t('counts.onTimeShare')}</dt>
            <dd data-testid="on-time-share">{formatShare(onTimeShare, language)}</dd>
          </div>
        )}
        {COUNT_KEYS.map((key) => (
          <div key={key} className={key === 'overdue' && counts.overdue > 0 ? 'tile tile--bad' : 'tile'}>
            <dt>{t(`counts.${key}`)}</dt>
            <dd data-testid={`count-${key}`}>{counts[key]}</dd>
          </div>
        ))}
      </dl>
      {onTimeShare !== undefined && <p className="muted">{t('counts.onTimeShareNote')}</p>}
    </section>
  );
}

const TONE_SIGN = { bad: '!', warn: '!', good: '✓', plain: '' } as const;

/** Where an action stands against its deadline: the words carry it; a sign and the colour only repeat it. */
export function TimelinessBadge({ timeliness }: { timeliness: ActionTimeliness }) {
  const { t } = useFollowUpTranslation();
  const tone = TIMELINESS_TONE[timeliness];
  return (
    <span className={`pill pill--${tone}`} data-timeliness={timeliness}>
      {TONE_SIGN[tone] && (
        <span className="pill__sign" aria-hidden="true">
          {TONE_SIGN[tone]}
        </span>
      )}
      {t(`timeliness.${timeliness}`)}
    </span>
  );
}

/** `id`: the action's, unique on the page. */
export function ProgressBar({ id, value }: { id: string; value: number }) {
  const { t } = useFollowUpTranslation();
  const labelId = `progress-${id}`;
  return (
    <div className="progress">
      <span id={labelId}>{t('forum.progress')}</span>
      <progress max={100} value={value} aria-labelledby={labelId} />
      <span aria-hidden="true">{value}%</span>
    </div>
  );
}

/**
 * The page's data for reuse; the forum's feed is also announced in the document's head for feed readers. The CSV and
 * the feed are written in the page's language (Indonesian unless asked), so they say what the page says.
 */
export function OpenData({ json, csv: csvPath, feed: feedPath, feedTitle = '' }: { json: string; csv?: string; feed?: string; feedTitle?: string }) {
  const { t, language } = useFollowUpTranslation();
  const titleId = 'open-data-title';
  const inLanguage = (path: string | undefined) => (path && language === 'en' ? `${path}?lang=en` : path);
  const csv = inLanguage(csvPath);
  const feed = inLanguage(feedPath);
  useEffect(() => {
    if (!feed) return;
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.href = feed;
    link.title = feedTitle;
    document.head.appendChild(link);
    return () => link.remove();
  }, [feed, feedTitle]);
  return (
    <section aria-labelledby={titleId} className="open-data">
      <h2 id={titleId}>{t('openData.title')}</h2>
      <p className="muted">{t('openData.intro')}</p>
      <ul className="links">
        <li>
          <a href={json} type="application/json" data-testid="open-json">
            {t('openData.json')}
          </a>
        </li>
        {csv && (
          <li>
            <a href={csv} type="text/csv" data-testid="open-csv">
              {t('openData.csv')}
            </a>
          </li>
        )}
        {feed && (
          <li>
            <a href={feed} type="application/atom+xml" data-testid="open-atom">
              {t('openData.atom')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
