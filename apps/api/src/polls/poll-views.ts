import type { PollView } from '@mufakat/contracts';
import type { Poll } from '@mufakat/persistence';

export function toPollView(poll: Poll): PollView {
  return {
    id: poll.id,
    agendaItemId: poll.agendaItemId,
    question: poll.question,
    type: poll.type,
    options: poll.options,
    maxChoices: poll.maxChoices,
    scaleMax: poll.scaleMax,
    rankingMethod: poll.rankingMethod,
    status: poll.status,
    resultsVisible: poll.resultsVisible,
    allowChange: poll.allowChange,
    createdAt: poll.createdAt.toISOString(),
    openedAt: poll.openedAt?.toISOString() ?? null,
    closedAt: poll.closedAt?.toISOString() ?? null,
  };
}
