import type { QuestionReply as Reply } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';

export function QuestionReply({ reply }: { reply: Reply }) {
  const { t } = useTranslation();
  return (
    <div className="reply" data-testid="question-reply">
      <p className="muted">{t('live.reply', { name: reply.authorName })}</p>
      <p>{reply.text}</p>
    </div>
  );
}
