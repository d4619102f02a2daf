import { useTranslation } from 'react-i18next';
import { LiveEvent } from '@mufakat/contracts';
import { AgendaList } from '../../components/live/AgendaList';
import { moveId } from '../../lib/reorder';
import type { LiveTabProps } from './live-context';

export function AgendaTab({ snapshot, agenda, agendaTitles, send, busy, announce }: LiveTabProps) {
  const { t } = useTranslation();
  const title = (agendaItemId: string) => agendaTitles.get(agendaItemId) ?? '';
  return (
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
  );
}
