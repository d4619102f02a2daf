import { useTranslation } from 'react-i18next';
import type { AuthorLabel } from '../../lib/questions';

/** "Anonim" as the room sees it; staff also see who asked, in muted text, unless the forum is fully anonymous. */
export function QuestionAuthor({ author }: { author: AuthorLabel }) {
  const { t } = useTranslation();
  if (!author.anonymous) {
    return (
      <span className="question__author">
        {author.name}
        {author.institution && <> · {author.institution}</>}
      </span>
    );
  }
  return (
    <span className="question__author">
      <span className="badge badge--anonymous">{t('questions.anonymous')}</span>
      {author.name && (
        <span className="question__author-private">
          {t('questions.askedBy', { name: author.name })}
          {author.institution && <> · {author.institution}</>}
        </span>
      )}
    </span>
  );
}
