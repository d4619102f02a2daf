import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveEvent } from '@mufakat/contracts';
import { SpeakerQueue } from '../../components/live/SpeakerQueue';
import { moveId } from '../../lib/reorder';
import { speakerQueue } from '../../lib/speakers';
import type { LiveTabProps } from './live-context';
import { ReadOnlyArea } from '../../components/live/ReadOnlyArea';
import { ReadOnlyNote } from '../../components/live/ReadOnlyNote';
import { can, staffRoleOf } from '../../lib/permissions';

export function SpeakersTab({ snapshot, send, busy, announce, clockOffsetMs }: LiveTabProps) {
  const { t } = useTranslation();
  const queue = useMemo(() => speakerQueue(snapshot.speakers), [snapshot.speakers]);
  const name = (requestId: string) => snapshot.speakers.find((s) => s.id === requestId)?.name ?? '';
  const allowed = can(staffRoleOf(snapshot.viewer), 'speakers');
  return (
    <>
      {!allowed && <ReadOnlyNote capability="speakers" />}
      <ReadOnlyArea capability="speakers" allowed={allowed}>
        <SpeakerQueue
          queue={queue}
          busyIds={busy}
          clockOffsetMs={clockOffsetMs}
          onGiveFloor={async (requestId, limitSeconds) => {
            const ack = await send(LiveEvent.giveFloor, { requestId, limitSeconds }, requestId);
            if (ack?.ok) announce(t('speakers.floorNotice', { name: name(requestId) }));
          }}
          onEnd={async (requestId) => {
            const who = name(requestId);
            const ack = await send(LiveEvent.endSpeaker, { requestId }, requestId);
            if (ack?.ok) announce(t('speakers.endedNotice', { name: who }));
          }}
          onMove={async (requestId, direction) => {
            const orderedIds = moveId(
              queue.waiting.map((s) => s.id),
              requestId,
              direction,
            );
            if (!orderedIds) return;
            const ack = await send(LiveEvent.reorderSpeakers, { orderedIds }, requestId);
            if (ack?.ok) announce(t('speakers.movedNotice', { name: name(requestId), position: orderedIds.indexOf(requestId) + 1 }));
          }}
        />
      </ReadOnlyArea>
    </>
  );
}
