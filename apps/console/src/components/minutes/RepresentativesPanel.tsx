import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import {
  DOCUMENT_LIMITS,
  SIGNATORY_SIDES,
  type AddRepresentativeRequest,
  type DocumentVersionView,
  type ParticipantView,
  type RepresentativeView,
  type SignatorySide,
} from '@mufakat/contracts';
import {
  emptyRepresentative,
  representativesBySide,
  signatureState,
  toAddRepresentativeRequest,
  type RepresentativeErrors,
  type RepresentativeValues,
} from '../../lib/documents';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { FieldErrorText } from '../FieldErrorText';

interface RepresentativesPanelProps {
  representatives: RepresentativeView[];
  /** Attendees who may still be named, by name. */
  attendees: ParticipantView[];
  /** The newest ready version: signatures are compared with its content and its file. */
  newestReady: DocumentVersionView | null;
  /** Only the organiser names and removes representatives. */
  canManage: boolean;
  /** 'add', a representative's id, or null. */
  busyKey: string | null;
  error: ApiError | null;
  /** Resolves true once added, so the form can clear itself. */
  onAdd: (request: AddRepresentativeRequest) => Promise<boolean>;
  onRemove: (representative: RepresentativeView) => void;
}

/** Who signs the Berita Acara for the service provider and for the public, and what each has signed. */
export function RepresentativesPanel(props: RepresentativesPanelProps) {
  const { representatives, newestReady, canManage, busyKey } = props;
  const { t } = useTranslation();
  const bySide = representativesBySide(representatives);
  return (
    <>
      {canManage && <RepresentativeForm attendees={props.attendees} busy={busyKey === 'add'} onAdd={props.onAdd} />}
      <ApiErrorAlert error={props.error} testId="representative-error" />
      {representatives.length === 0 ? (
        <p className="empty">{t('minutes.representatives.none')}</p>
      ) : (
        SIGNATORY_SIDES.map((side) => (
          <section key={side} className="representatives" aria-labelledby={`representatives-${side}-heading`}>
            <h4 id={`representatives-${side}-heading`} className="representatives__heading">
              {t(`signatorySides.${side}`)} <span className="count">{bySide[side].length}</span>
            </h4>
            {bySide[side].length === 0 ? (
              <p className="empty">{t('minutes.representatives.noneOnSide')}</p>
            ) : (
              <ul className="representative-list">
                {bySide[side].map((representative) => {
                  const nameId = `representative-${representative.id}`;
                  const state = signatureState(representative, newestReady);
                  return (
                    <li key={representative.id} className="representative" data-testid="representative" data-signed={state}>
                      <div>
                        <p id={nameId} className="representative__name">
                          {representative.name}
                        </p>
                        <p className="representative__meta">
                          {representative.staffUserId
                            ? `${representative.roleTitle} · ${t('minutes.representatives.staffSignatory')}`
                            : `${representative.roleTitle} · ${representative.institution} · ${t(`categories.${representative.category}`, { defaultValue: representative.category })}`}
                        </p>
                      </div>
                      <p className={`representative__signed representative__signed--${state}`} data-testid="representative-signed">
                        <span aria-hidden="true">{state === 'current' ? '✓ ' : state === 'pending' ? '! ' : '… '}</span>
                        {state === 'none'
                          ? t('minutes.representatives.notSigned')
                          : t(state === 'current' ? 'minutes.representatives.signed' : 'minutes.representatives.signedPending', {
                              version: newestReady?.version,
                            })}
                      </p>
                      {canManage && (
                        <button
                          type="button"
                          className="button button--reject"
                          data-testid="representative-remove"
                          aria-describedby={nameId}
                          disabled={busyKey === representative.id}
                          onClick={() => props.onRemove(representative)}
                        >
                          {t('minutes.representatives.remove')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))
      )}
    </>
  );
}

interface RepresentativeFormProps {
  attendees: ParticipantView[];
  busy: boolean;
  onAdd: (request: AddRepresentativeRequest) => Promise<boolean>;
}

function RepresentativeForm({ attendees, busy, onAdd }: RepresentativeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<RepresentativeValues>(emptyRepresentative);
  const [errors, setErrors] = useState<RepresentativeErrors>({});
  // The chosen attendee may have been named meanwhile (by another organiser): the choice no longer holds.
  const participantId = attendees.some((a) => a.id === values.participantId) ? values.participantId : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = toAddRepresentativeRequest({ ...values, participantId });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (await onAdd(result.request)) setValues((previous) => ({ ...emptyRepresentative(), side: previous.side }));
  };
  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="form representative-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <div className="form__row">
        <div className={errors.participantId ? 'field field--invalid' : 'field'}>
          <label htmlFor={field('attendee')}>{t('minutes.representatives.attendee')}</label>
          <select
            id={field('attendee')}
            value={participantId}
            data-testid="representative-attendee"
            aria-invalid={errors.participantId ? true : undefined}
            aria-describedby={errors.participantId ? `${field('attendee')}-error` : undefined}
            onChange={(event) => setValues({ ...values, participantId: event.target.value })}
          >
            <option value="">{attendees.length === 0 ? t('minutes.representatives.noAttendees') : t('minutes.representatives.chooseAttendee')}</option>
            {attendees.map((attendee) => (
              <option key={attendee.id} value={attendee.id}>
                {t('minutes.representatives.attendeeOption', { name: attendee.name, institution: attendee.institution })}
              </option>
            ))}
          </select>
          <FieldErrorText id={`${field('attendee')}-error`} error={errors.participantId} />
        </div>
        <div className="field">
          <label htmlFor={field('side')}>{t('minutes.representatives.side')}</label>
          <select
            id={field('side')}
            value={values.side}
            data-testid="representative-side"
            onChange={(event) => setValues({ ...values, side: event.target.value as SignatorySide })}
          >
            {SIGNATORY_SIDES.map((side) => (
              <option key={side} value={side}>
                {t(`signatorySides.${side}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={errors.roleTitle ? 'field field--invalid' : 'field'}>
        <label htmlFor={field('role')}>{t('minutes.representatives.roleTitle')}</label>
        <p id={`${field('role')}-hint`} className="field__hint">
          {t('minutes.representatives.roleTitleHint')}
        </p>
        <input
          id={field('role')}
          value={values.roleTitle}
          maxLength={DOCUMENT_LIMITS.roleTitle + 20}
          data-testid="representative-role"
          aria-invalid={errors.roleTitle ? true : undefined}
          aria-describedby={[`${field('role')}-hint`, errors.roleTitle ? `${field('role')}-error` : null].filter(Boolean).join(' ')}
          onChange={(event) => setValues({ ...values, roleTitle: event.target.value })}
        />
        <FieldErrorText id={`${field('role')}-error`} error={errors.roleTitle} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid="representative-add" disabled={busy}>
          {t('minutes.representatives.add')}
        </button>
      </div>
    </form>
  );
}
