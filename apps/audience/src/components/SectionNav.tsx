import { useTranslation } from '../i18n/useTranslation';
import type { NavSection } from '../lib/sections';

/**
 * Jump links for a long page on a phone; stays at the top while scrolling. `speaking`: the floor was given
 * to this attendee, who may be reading another part of the page.
 */
export function SectionNav({ sections, speaking }: { sections: NavSection[]; speaking: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="sections" aria-label={t('nav.label')}>
      {sections.map(({ id, todo }) => (
        <a key={id} href={`#${id}`} className={id === 'speak' && speaking ? 'floor' : undefined}>
          {id === 'speak' && speaking ? t('nav.floor') : t(`nav.${id}`)}
          {todo > 0 && (
            <span className="badge">
              <span aria-hidden="true">{todo}</span>
              <span className="sr-only">{t(id === 'signing' ? 'nav.toSign' : 'nav.toAnswer', { count: todo })}</span>
            </span>
          )}
        </a>
      ))}
    </nav>
  );
}
