import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '@mufakat/contracts';
import { formatTime } from '../../lib/datetime';

interface ParticipantTableProps {
  participants: ParticipantView[];
  /** Staff who manage attendance may confirm an attendee's presence and void an attendee. */
  actions?: { onConfirm: (participant: ParticipantView) => void; onVoid: (participant: ParticipantView) => void; busy: ReadonlySet<string> };
}

export function ParticipantTable({ participants, actions }: ParticipantTableProps) {
  const { t, i18n } = useTranslation();
  if (participants.length === 0) return <p className="empty">{t('live.noParticipants')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('live.participants')}>
      <table className="table" data-testid="participants">
        <thead>
          <tr>
            <th scope="col">{t('participant.name')}</th>
            <th scope="col">{t('participant.institution')}</th>
            <th scope="col">{t('participant.category')}</th>
            <th scope="col">{t('participant.mode')}</th>
            <th scope="col">{t('participant.joinedAt')}</th>
            <th scope="col">{t('participant.status')}</th>
            {actions && <th scope="col">{t('participant.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id} data-testid="participant" data-voided={participant.voided ? 'true' : undefined}>
              <td>{participant.name}</td>
              <td>{participant.institution}</td>
              <td>{t(`categories.${participant.category}`)}</td>
              <td>{t(`modes.${participant.mode}`)}</td>
              <td>
                <time dateTime={participant.joinedAt}>{formatTime(participant.joinedAt, i18n.language)}</time>
              </td>
              <td data-testid="participant-status">
                {participant.voided
                  ? t('participant.voided', { reason: participant.voidReason ?? '' })
                  : participant.verified
                    ? t(participant.verifiedBy === 'staff' ? 'participant.confirmedByStaff' : 'participant.checkedIn')
                    : t('participant.unverified')}
              </td>
              {actions && (
                <td>
                  {!participant.voided && (
                    <span className="actions">
                      {!participant.verified && (
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={actions.busy.has(`participant:${participant.id}`)}
                          onClick={() => actions.onConfirm(participant)}
                        >
                          {t('participant.confirm')}
                          <span className="visually-hidden"> {participant.name}</span>
                        </button>
                      )}
                      <button
                        type="button"
                        className="button button--reject"
                        disabled={actions.busy.has(`participant:${participant.id}`)}
                        onClick={() => actions.onVoid(participant)}
                      >
                        {t('participant.void')}
                        <span className="visually-hidden"> {participant.name}</span>
                      </button>
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
