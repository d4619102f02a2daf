import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '@mufakat/contracts';
import { formatTime } from '../../lib/datetime';

export function ParticipantTable({ participants }: { participants: ParticipantView[] }) {
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
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id} data-testid="participant">
              <td>{participant.name}</td>
              <td>{participant.institution}</td>
              <td>{t(`categories.${participant.category}`)}</td>
              <td>{t(`modes.${participant.mode}`)}</td>
              <td>
                <time dateTime={participant.joinedAt}>{formatTime(participant.joinedAt, i18n.language)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
