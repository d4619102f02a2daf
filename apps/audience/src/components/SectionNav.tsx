import { useTranslation } from '../i18n/useTranslation';

/** Jump links for a long page on a phone; stays at the top while scrolling. */
/** `speaking`: the floor was given to this attendee, who may be reading another part of the page. */
export function SectionNav({ pollsToAnswer, speaking }: { pollsToAnswer: number; speaking: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="sections" aria-label={t('nav.label')}>
      <a href="#questions">{t('nav.questions')}</a>
      <a href="#polls">
        {t('nav.polls')}
        {pollsToAnswer > 0 && (
          <span className="badge">
            <span aria-hidden="true">{pollsToAnswer}</span>
            <span className="sr-only">{t('nav.toAnswer', { count: pollsToAnswer })}</span>
          </span>
        )}
      </a>
      <a href="#speak" className={speaking ? 'floor' : undefined}>
        {speaking ? t('nav.floor') : t('nav.speak')}
      </a>
    </nav>
  );
}
