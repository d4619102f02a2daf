import { useTranslation } from 'react-i18next';
import { LiveEvent } from '@mufakat/contracts';
import { AgendaList } from '../../components/live/AgendaList';
import { moveId } from '../../lib/reorder';
import type { LiveTabProps } from './live-context';
import { ReadOnlyArea } from '../../components/live/ReadOnlyArea';
import { ReadOnlyNote } from '../../components/live/ReadOnlyNote';
import { can, staffRoleOf } from '../../lib/permissions';

export function AgendaTab({ snapshot, agenda, agendaTitles, send, busy, announce }: LiveTabProps) {
  const { t } = useTranslation();
  const title = (agendaItemId: string) => agendaTitles.get(agendaItemId) ?? '';
  const allowed = can(staffRoleOf(snapshot.viewer), 'agenda');
  return (
    <>
      {!allowed && <ReadOnlyNote capability="agenda" />}
      <ReadOnlyArea capability="agenda" allowed={allowed}>
        <AgendaList
          agenda={agenda}
          currentId={snapshot.currentAgendaItemId}
          busy={busy.has('agenda')}
          onStart={async (agendaItemId) => {
            const ack = await send(LiveEvent.startAgendaItem, { agendaItemId }, 'agenda');
            if (ack?.ok) announce(t('agenda.startedNotice', { title: title(agendaItemId) }));
          }}
          onEnd={async (agendaItemId) => {
            const ack = await send(LiveEvent.endAgendaItem, { agendaItemId }, 'agenda');
            if (ack?.ok) announce(t('agenda.endedNotice', { title: title(agendaItemId) }));
          }}
          onMove={async (agendaItemId, direction) => {
            const orderedIds = moveId(
              agenda.map((item) => item.id),
              agendaItemId,
              direction,
            );
            if (!orderedIds) return;
            const ack = await send(LiveEvent.reorderAgenda, { orderedIds }, 'agenda');
            if (ack?.ok) announce(t('agenda.movedNotice', { title: title(agendaItemId), position: orderedIds.indexOf(agendaItemId) + 1 }));
          }}
        />
      </ReadOnlyArea>
    </>
  );
}
