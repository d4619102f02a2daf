import { useTranslation } from 'react-i18next';
import type { FieldError } from '../lib/validation';

/** The message under one input; its id ties it to the input through aria-describedby. */
export function FieldErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field__error">
      {t(`validation.${error.key}`, error.values ?? {})}
    </p>
  );
}
