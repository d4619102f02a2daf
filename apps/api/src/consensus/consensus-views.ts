import type { ConsensusItemView } from '@mufakat/contracts';
import type { ConsensusItem } from '@mufakat/persistence';

export function toConsensusView(item: ConsensusItem): ConsensusItemView {
  return {
    id: item.id,
    agendaItemId: item.agendaItemId,
    text: item.text,
    status: item.status,
    number: item.number,
    followUp: item.followUp,
    openedAt: item.openedAt?.toISOString() ?? null,
    decidedAt: item.decidedAt?.toISOString() ?? null,
    createdAt: item.createdAt.toISOString(),
  };
}
