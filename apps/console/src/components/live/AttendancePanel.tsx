import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceMode, ParticipantView } from '@mufakat/contracts';
import type { CategoryCount } from '../../lib/attendance';
import { ParticipantTable } from './ParticipantTable';

interface AttendancePanelProps {
  participants: ParticipantView[];
  byCategory: CategoryCount[];
  byMode: Record<AttendanceMode, number>;
  /** Attendees checked in or confirmed, while check-in is on. */
  verified?: number;
  actions?: ComponentProps<typeof ParticipantTable>['actions'];
}

export function AttendancePanel({ participants, byCategory, byMode, verified, actions }: AttendancePanelProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="attendance-grid">
        <section className="card" aria-labelledby="by-mode-heading">
          <h3 id="by-mode-heading">{t('attendancePanel.byMode')}</h3>
          <dl className="count-list">
            {(['room', 'online'] as const).map((mode) => (
              <div key={mode} className="count-list__row">
                <dt>{t(`modes.${mode}`)}</dt>
                <dd data-testid="mode-count" data-mode={mode}>
                  {byMode[mode]}
                </dd>
              </div>
            ))}
            <div className="count-list__row count-list__row--total">
              <dt>{t('live.attendanceTotal')}</dt>
              <dd>{byMode.room + byMode.online}</dd>
            </div>
            {verified !== undefined && (
              <div className="count-list__row">
                <dt>{t('checkIn.verifiedLabel')}</dt>
                <dd data-testid="verified-count">{verified}</dd>
              </div>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="by-category-heading">
          <h3 id="by-category-heading">{t('attendancePanel.byCategory')}</h3>
          <dl className="count-list count-list--bars">
            {byCategory.map(({ category, count, percent }) => (
              <div key={category} className="count-list__row">
                <dt>{t(`categories.${category}`)}</dt>
                <dd>
                  <span className="count-list__bar" aria-hidden="true">
                    <span style={{ width: `${percent}%` }} />
                  </span>
                  <span data-testid="category-count" data-category={category}>
                    {count}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <section aria-labelledby="participants-heading">
        <h3 id="participants-heading">
          {t('live.participants')} <span className="count">{participants.length}</span>
        </h3>
        <ParticipantTable participants={participants} actions={actions} />
      </section>
    </>
  );
}
