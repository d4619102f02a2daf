import type { ActionStatus, ConsensusItemView } from '@mufakat/contracts';
import type { ConsensusItem } from '@mufakat/persistence';

/**
 * An approved item's follow-up is the plan as agreed with the live status of its action (the tracker's), so the
 * console, the room and the follow-up board say the same.
 */
export function toConsensusView(item: ConsensusItem, liveStatus?: ActionStatus | null): ConsensusItemView {
  return {
    id: item.id,
    agendaItemId: item.agendaItemId,
    text: item.text,
    status: item.status,
    number: item.number,
    followUp: item.followUp && liveStatus ? { ...item.followUp, status: liveStatus } : item.followUp,
    openedAt: item.openedAt?.toISOString() ?? null,
    decidedAt: item.decidedAt?.toISOString() ?? null,
    createdAt: item.createdAt.toISOString(),
  };
}
