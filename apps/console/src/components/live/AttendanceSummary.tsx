import { useTranslation } from 'react-i18next';
import type { AttendanceCounts } from '@mufakat/contracts';

export function AttendanceSummary({ attendance }: { attendance: AttendanceCounts }) {
  const { t } = useTranslation();
  return (
    <dl className="attendance">
      <div className="attendance__item">
        <dt>{t('modes.room')}</dt>
        <dd data-testid="attendance-room">{attendance.room}</dd>
      </div>
      <div className="attendance__item">
        <dt>{t('modes.online')}</dt>
        <dd data-testid="attendance-online">{attendance.online}</dd>
      </div>
      <div className="attendance__item">
        <dt>{t('live.attendanceTotal')}</dt>
        <dd>{attendance.room + attendance.online}</dd>
      </div>
    </dl>
  );
}
