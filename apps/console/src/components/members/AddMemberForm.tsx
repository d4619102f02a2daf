import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import { memberEmailError, rolesOf, type MemberScope, type ScopeRole } from '../../lib/members';
import type { FieldError } from '../../lib/validation';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { TextField } from '../TextField';

interface AddMemberFormProps {
  scope: MemberScope;
  busy: boolean;
  error: ApiError | null;
  /** The console's own words for the error, when it can name it. */
  errorMessage?: string;
  /** Resolves true when the member was added, so the form can clear itself. */
  onAdd: (email: string, role: ScopeRole) => Promise<boolean>;
}

/** Adds a staff member (who has signed up already) by email with a role; an existing member gets the new role. */
export function AddMemberForm({ scope, busy, error, errorMessage, onAdd }: AddMemberFormProps) {
  const { t } = useTranslation();
  const roleId = useId();
  const headingId = useId();
  const roles = rolesOf(scope);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ScopeRole>(scope === 'unit' ? 'officer' : 'viewer');
  const [emailProblem, setEmailProblem] = useState<FieldError | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = memberEmailError(email);
    setEmailProblem(problem);
    if (problem) return;
    if (await onAdd(email.trim(), role)) setEmail('');
  };

  return (
    <form className="form invite-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`memberAdmin.add.label.${scope}`)}</h3>
      <p className="field__hint">{t('memberAdmin.add.hint')}</p>
      <div className="invite-form__row">
        <TextField
          label={t('memberAdmin.add.email')}
          type="email"
          autoComplete="off"
          required
          testId={`${scope}-add-email`}
          value={email}
          error={emailProblem}
          onValueChange={setEmail}
        />
        <div className="field">
          <label htmlFor={roleId}>{t('memberAdmin.add.role')}</label>
          <select id={roleId} data-testid={`${scope}-add-role`} value={role} onChange={(event) => setRole(event.target.value as ScopeRole)}>
            {roles.map((option) => (
              <option key={option} value={option}>
                {t(`followUps.roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" data-testid={`${scope}-add-submit`} disabled={busy}>
          {busy ? t('memberAdmin.add.adding') : t('memberAdmin.add.submit')}
        </button>
      </div>
      <ApiErrorAlert error={error} message={errorMessage} testId={`${scope}-add-error`} />
    </form>
  );
}
