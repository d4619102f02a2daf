import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '@mufakat/contracts';
import { ApiErrorAlert } from '../ApiErrorAlert';

interface GenerateDocumentFormProps {
  language: DocumentLanguage;
  /** A version is queued or being written; another may still be asked for. */
  inProgress: boolean;
  busy: boolean;
  error: ApiError | null;
  onLanguageChange: (language: DocumentLanguage) => void;
  onGenerate: () => void;
}

/** Asks for a new numbered version of the Berita Acara; the server writes it in the background. */
export function GenerateDocumentForm({ language, inProgress, busy, error, onLanguageChange, onGenerate }: GenerateDocumentFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onGenerate();
  };
  return (
    <form className="form generate-form" onSubmit={submit} noValidate aria-busy={busy}>
      <fieldset className="generate-form__languages">
        <legend>{t('minutes.generate.language')}</legend>
        {DOCUMENT_LANGUAGES.map((option) => (
          <label key={option} className="radio-field">
            <input
              type="radio"
              name="document-language"
              value={option}
              checked={language === option}
              data-testid={`document-language-${option}`}
              onChange={() => onLanguageChange(option)}
            />
            {t(`documentLanguages.${option}`)}
          </label>
        ))}
      </fieldset>
      <p className="field__hint">{inProgress ? t('minutes.generate.inProgressHint') : t('minutes.generate.hint')}</p>
      <div className="form__actions">
        <button type="submit" className="button button--primary button--large" data-testid="document-generate" disabled={busy}>
          {t('minutes.generate.submit')}
        </button>
      </div>
      <ApiErrorAlert error={error} testId="document-generate-error" />
    </form>
  );
}
