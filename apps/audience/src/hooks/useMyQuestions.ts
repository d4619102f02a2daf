import { useState } from 'react';
import type { LiveForumClient } from '@mufakat/client';
import { LiveEvent, type Ack, type AckError, type ClientPayload, type MyQuestion } from '@mufakat/contracts';
import { attendeeViewer, NOT_CONNECTED, type LocalQuestion } from '../lib/live-view';

type OwnQuestionEvent = typeof LiveEvent.ask | typeof LiveEvent.editOwn | typeof LiveEvent.withdraw;

/**
 * Asking, editing and withdrawing one's own questions. None of them is safe to repeat, so none waits
 * for a lost connection: the attendee is told it was not sent and tries again.
 */
export function useMyQuestions(client: LiveForumClient | null) {
  const [local, setLocal] = useState<LocalQuestion[]>([]);

  const send = async <E extends OwnQuestionEvent>(event: E, payload: ClientPayload<E>): Promise<AckError | null> => {
    if (!client) return NOT_CONNECTED;
    const ack = (await client.emit(event, payload)) as Ack<MyQuestion>;
    if (!ack.ok) return ack.error;
    const snapshot = client.getView().snapshot;
    const base = snapshot && attendeeViewer(snapshot).myQuestions.find((question) => question.id === ack.data.id);
    setLocal((list) => [...list.filter((entry) => entry.question.id !== ack.data.id), { question: ack.data, base: base ?? undefined }]);
    return null;
  };

  return {
    local,
    ask: (text: string, anonymous: boolean, agendaItemId: string | null) => send(LiveEvent.ask, { text, anonymous, agendaItemId }),
    edit: (questionId: string, text: string) => send(LiveEvent.editOwn, { questionId, text }),
    withdraw: (questionId: string) => send(LiveEvent.withdraw, { questionId }),
  };
}
