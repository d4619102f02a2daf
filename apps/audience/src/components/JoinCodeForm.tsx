import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { joinCodeProblem, normalizeJoinCode, type JoinCodeProblem } from '../lib/join-code';

export function JoinCodeForm({ onJoin }: { onJoin: (code: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<JoinCodeProblem | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeJoinCode(value);
    const found = joinCodeProblem(code);
    setProblem(found);
    if (!found) onJoin(code);
  };

  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor="join-code">{t('home.codeLabel')}</label>
      <input
        id="join-code"
        className="code"
        data-testid="join-code-input"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        // A string: Preact, which renders this app, drops an attribute whose value is false.
        spellCheck="false"
        enterKeyHint="go"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'join-code-problem' : undefined}
      />
      {problem && (
        <p id="join-code-problem" className="error" role="alert">
          {t(`home.${problem}`)}
        </p>
      )}
      <button type="submit" className="primary" data-testid="join-code-submit">
        {t('home.submit')}
      </button>
    </form>
  );
}
