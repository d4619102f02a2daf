import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import { LIMITS, STAFF_ROLES, type InvitableRole, type InviteMemberRequest } from '@mufakat/contracts';
import { emailError, type FieldError } from '../lib/validation';
import { ApiErrorAlert } from './ApiErrorAlert';
import { TextField } from './TextField';

const INVITABLE_ROLES = STAFF_ROLES.filter((role): role is InvitableRole => role !== 'organiser');

interface InviteFormProps {
  busy: boolean;
  error: ApiError | null;
  /** Resolves true when the invitation went through, so the form can clear itself. */
  onInvite: (request: InviteMemberRequest) => Promise<boolean>;
}

export function InviteForm({ busy, error, onInvite }: InviteFormProps) {
  const { t } = useTranslation();
  const roleId = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>('moderator');
  const [emailProblem, setEmailProblem] = useState<FieldError | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = emailError(email, LIMITS.email);
    setEmailProblem(problem);
    if (problem) return;
    if (await onInvite({ email: email.trim(), role })) setEmail('');
  };

  return (
    <form className="form invite-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <p className="field__hint">{t('invite.hint')}</p>
      <div className="invite-form__row">
        <TextField
          label={t('invite.email')}
          type="email"
          autoComplete="off"
          required
          testId="invite-email"
          value={email}
          error={emailProblem}
          onValueChange={setEmail}
        />
        <div className="field">
          <label htmlFor={roleId}>{t('invite.role')}</label>
          <select id={roleId} data-testid="invite-role" value={role} onChange={(event) => setRole(event.target.value as InvitableRole)}>
            {INVITABLE_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" data-testid="invite-submit" disabled={busy}>
          {t('invite.submit')}
        </button>
      </div>
      <ApiErrorAlert error={error} testId="invite-error" />
    </form>
  );
}
