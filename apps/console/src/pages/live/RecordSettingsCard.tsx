import { useTranslation } from 'react-i18next';
import { apiFetch } from '@mufakat/client';
import { apiPaths, type RecordSettingsView } from '@mufakat/contracts';
import { RecordSettingsForm } from '../../components/minutes/RecordSettingsForm';
import { useApiAction } from '../../hooks/useApiAction';
import { useApiResource } from '../../hooks/useApiResource';
import { toRecordSettings, type RecordSettingsValues } from '../../lib/record-settings';
import { postFormData } from '../../lib/upload';

/** The organiser's settings for the Berita Acara's official form, loaded and saved through the api. */
export function RecordSettingsCard({ forumId, announce }: { forumId: string; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const settings = useApiResource<RecordSettingsView>(apiPaths.recordSettings(forumId));
  const action = useApiAction();

  const save = async (values: RecordSettingsValues): Promise<boolean> => {
    const saved = await action.run('save', () =>
      apiFetch<RecordSettingsView>(apiPaths.recordSettings(forumId), { method: 'PUT', body: toRecordSettings(values) }),
    );
    if (!saved) return false;
    announce(t('recordSettings.savedNotice'));
    settings.reload();
    return true;
  };
  const uploadLogo = async (file: File): Promise<boolean> => {
    const form = new FormData();
    form.append('logo', file);
    const uploaded = await action.run('logo', () => postFormData<RecordSettingsView>(apiPaths.recordSettingsLogo(forumId), form));
    if (!uploaded) return false;
    announce(t('recordSettings.logoNotice'));
    settings.reload();
    return true;
  };
  const removeLogo = async () => {
    const done = await action.run('remove-logo', async () => {
      await apiFetch<unknown>(apiPaths.recordSettingsLogo(forumId), { method: 'DELETE' });
      return true;
    });
    if (done) settings.reload();
  };

  return (
    <section className="card" aria-labelledby="record-settings-heading">
      <h3 id="record-settings-heading">{t('recordSettings.heading')}</h3>
      <p className="field__hint">{t('recordSettings.intro')}</p>
      {settings.data ? (
        <RecordSettingsForm
          forumId={forumId}
          settings={settings.data}
          busyKey={action.busy}
          error={action.error ?? settings.error}
          onSave={save}
          onUploadLogo={uploadLogo}
          onRemoveLogo={() => void removeLogo()}
        />
      ) : (
        <p className="empty">{settings.error ? t(`errorCodes.${settings.error.code}`) : t('app.loading')}</p>
      )}
    </section>
  );
}
