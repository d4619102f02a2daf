import { LANGUAGES, type Language } from '@mufakat/client';
import { useTranslation } from '../i18n/useTranslation';

const labels: Record<Language, string> = { id: 'ID', en: 'EN' };

export function LanguageSwitch({ language, onChange }: { language: string; onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <div className="lang" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} data-testid={`lang-${code}`} aria-pressed={language === code} onClick={() => onChange(code)}>
          {labels[code]}
        </button>
      ))}
    </div>
  );
}
