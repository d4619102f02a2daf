import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveEvent, type ParticipantView } from '@mufakat/contracts';
import { AttendancePanel } from '../../components/live/AttendancePanel';
import { CheckInControl } from '../../components/live/CheckInControl';
import { countByCategory, countByMode, roomCounts, sortParticipants } from '../../lib/attendance';
import { can, staffRoleOf } from '../../lib/permissions';
import type { LiveTabProps } from './live-context';

export function AttendanceTab({ snapshot, staff, send, busy, announce }: LiveTabProps) {
  const { t } = useTranslation();
  const participants = useMemo(() => sortParticipants(staff?.participants ?? []), [staff?.participants]);
  // Voided attendees stay listed (marked) but are counted nowhere, as on the server.
  const counted = useMemo(() => participants.filter((participant) => !participant.voided), [participants]);
  const byCategory = useMemo(() => countByCategory(counted), [counted]);
  const byMode = useMemo(() => countByMode(counted), [counted]);
  if (!staff) return <p className="empty">{t('live.notStaff')}</p>;
  const manages = can(staffRoleOf(snapshot.viewer), 'attendance');
  const counts = roomCounts(snapshot);

  const setCheckIn = async (enabled: boolean) => {
    const ack = await send(LiveEvent.setCheckIn, { enabled }, 'check-in');
    if (ack?.ok) announce(t(enabled ? 'checkIn.onNotice' : 'checkIn.offNotice'));
  };
  const confirm = async (participant: ParticipantView) => {
    const ack = await send(LiveEvent.confirmAttendance, { participantId: participant.id }, `participant:${participant.id}`);
    if (ack?.ok) announce(t('participant.confirmedNotice', { name: participant.name }));
  };
  const voidAttendee = async (participant: ParticipantView) => {
    const reason = window.prompt(t('participant.voidReason', { name: participant.name }))?.trim();
    if (!reason) return;
    const ack = await send(LiveEvent.voidAttendee, { participantId: participant.id, reason }, `participant:${participant.id}`);
    if (ack?.ok) announce(t('participant.voidedNotice', { name: participant.name }));
  };

  return (
    <>
      <CheckInControl
        enabled={snapshot.checkIn.enabled}
        verified={counts.verified}
        total={counts.room + counts.online}
        canControl={manages}
        busy={busy.has('check-in')}
        onSetEnabled={(enabled) => void setCheckIn(enabled)}
      />
      <AttendancePanel
        participants={participants}
        byCategory={byCategory}
        byMode={byMode}
        verified={snapshot.checkIn.enabled ? counted.filter((participant) => participant.verified).length : undefined}
        actions={manages ? { onConfirm: (p) => void confirm(p), onVoid: (p) => void voidAttendee(p), busy } : undefined}
      />
    </>
  );
}
