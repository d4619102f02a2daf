import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import { apiPaths, DOCUMENT_LIMITS, type PhotoView } from '@mufakat/contracts';
import { formatTime, localeFor } from '../../lib/datetime';
import { formatBytes, PHOTO_TYPES, validatePhoto, type PhotoErrors } from '../../lib/documents';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { FieldErrorText } from '../FieldErrorText';

interface PhotosPanelProps {
  forumId: string;
  /** null while the list loads. */
  photos: PhotoView[] | null;
  canManage: boolean;
  /** 'upload', a photo's id, or null. */
  busyKey: string | null;
  error: ApiError | null;
  /** Resolves true once uploaded, so the form can clear itself. */
  onUpload: (file: File, caption: string) => Promise<boolean>;
  onDelete: (photo: PhotoView, number: number) => void;
}

/** Documentation photos for the Berita Acara's appendix: upload with a caption, see them, remove them. */
export function PhotosPanel({ forumId, photos, canManage, busyKey, error, onUpload, onDelete }: PhotosPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <>
      {canManage && <PhotoForm uploaded={photos?.length ?? 0} busy={busyKey === 'upload'} onUpload={onUpload} />}
      <ApiErrorAlert error={error} testId="photo-error" />
      {photos === null ? (
        <p className="empty">{t('app.loading')}</p>
      ) : photos.length === 0 ? (
        <p className="empty">{t('minutes.photos.none')}</p>
      ) : (
        <ul className="photo-grid">
          {photos.map((photo, index) => {
            const captionId = `photo-${photo.id}-caption`;
            return (
              <li key={photo.id} className="photo" data-testid="photo">
                <figure className="photo__figure">
                  <img
                    className="photo__image"
                    src={apiPaths.photo(forumId, photo.id)}
                    alt={t('minutes.photos.alt', { number: index + 1 })}
                    loading="lazy"
                    width={240}
                    height={160}
                  />
                  <figcaption id={captionId} className="photo__caption">
                    {photo.caption ?? <span className="muted">{t('minutes.photos.noCaption')}</span>}
                    <span className="photo__meta">
                      {formatBytes(photo.size, locale)} · {formatTime(photo.uploadedAt, i18n.language)}
                    </span>
                  </figcaption>
                </figure>
                {canManage && (
                  <button
                    type="button"
                    className="button button--reject"
                    data-testid="photo-delete"
                    aria-describedby={captionId}
                    disabled={busyKey === photo.id}
                    onClick={() => onDelete(photo, index + 1)}
                  >
                    {t('minutes.photos.delete', { number: index + 1 })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function PhotoForm({ uploaded, busy, onUpload }: { uploaded: number; busy: boolean; onUpload: (file: File, caption: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [errors, setErrors] = useState<PhotoErrors>({});
  const full = uploaded >= DOCUMENT_LIMITS.photos;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validatePhoto(file, caption, uploaded);
    setErrors(problems);
    if (problems.file || problems.caption) {
      if (problems.file) fileInput.current?.focus();
      return;
    }
    if (file && (await onUpload(file, caption.trim()))) {
      setFile(null);
      setCaption('');
      if (fileInput.current) fileInput.current.value = '';
    }
  };
  return (
    <form className="form photo-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <div className={errors.file ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-file`}>{t('minutes.photos.file')}</label>
        <p id={`${id}-file-hint`} className="field__hint">
          {t('minutes.photos.fileHint', { max: DOCUMENT_LIMITS.photoBytes / (1024 * 1024), limit: DOCUMENT_LIMITS.photos, uploaded })}
        </p>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept={PHOTO_TYPES.join(',')}
          data-testid="photo-file"
          disabled={full}
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={[`${id}-file-hint`, errors.file ? `${id}-file-error` : null].filter(Boolean).join(' ')}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setErrors((previous) => ({ ...previous, file: chosen ? validatePhoto(chosen, '', uploaded).file : undefined }));
          }}
        />
        <FieldErrorText id={`${id}-file-error`} error={errors.file ?? (full ? { key: 'photosTooMany', values: { max: DOCUMENT_LIMITS.photos } } : undefined)} />
      </div>
      <div className={errors.caption ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-caption`}>{t('forumForm.optional', { label: t('minutes.photos.caption') })}</label>
        <input
          id={`${id}-caption`}
          value={caption}
          maxLength={DOCUMENT_LIMITS.photoCaption + 20}
          data-testid="photo-caption"
          aria-invalid={errors.caption ? true : undefined}
          aria-describedby={errors.caption ? `${id}-caption-error` : undefined}
          onChange={(event) => setCaption(event.target.value)}
        />
        <FieldErrorText id={`${id}-caption-error`} error={errors.caption} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid="photo-upload" disabled={busy || full}>
          {busy ? t('minutes.photos.uploading') : t('minutes.photos.upload')}
        </button>
      </div>
    </form>
  );
}
