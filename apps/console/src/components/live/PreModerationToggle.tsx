import { useTranslation } from 'react-i18next';
import type { ForumSettings } from '@mufakat/contracts';
import { CheckboxField } from '../CheckboxField';

interface PreModerationToggleProps {
  settings: ForumSettings;
  /** What the box shows: the moderator's choice while the server confirms it, else the forum's setting. */
  checked: boolean;
  busy: boolean;
  onChange: (preModeration: boolean) => void;
}

export function PreModerationToggle({ settings, checked, busy, onChange }: PreModerationToggleProps) {
  const { t } = useTranslation();
  return (
    <div className="settings-box">
      <CheckboxField
        label={t('questions.preModeration')}
        hint={checked ? t('questions.preModerationOn') : t('questions.preModerationOff')}
        checked={checked}
        disabled={busy}
        testId="pre-moderation-toggle"
        onChange={onChange}
      />
      {settings.fullyAnonymous && <p className="field__hint settings-box__note">{t('questions.fullyAnonymousNote')}</p>}
    </div>
  );
}
