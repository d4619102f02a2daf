import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendancePanel } from '../../components/live/AttendancePanel';
import { countByCategory, countByMode, sortParticipants } from '../../lib/attendance';
import type { LiveTabProps } from './live-context';

export function AttendanceTab({ staff }: LiveTabProps) {
  const { t } = useTranslation();
  const participants = useMemo(() => sortParticipants(staff?.participants ?? []), [staff?.participants]);
  const byCategory = useMemo(() => countByCategory(participants), [participants]);
  const byMode = useMemo(() => countByMode(participants), [participants]);
  if (!staff) return <p className="empty">{t('live.notStaff')}</p>;
  return <AttendancePanel participants={participants} byCategory={byCategory} byMode={byMode} />;
}
