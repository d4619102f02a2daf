import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupConsensus, LiveEvent, type ConsensusMove } from '@mufakat/contracts';
import { ConsensusDraftForm } from '../../components/consensus/ConsensusDraftForm';
import { ConsensusList, type ConsensusEditor, type ConsensusHandlers } from '../../components/consensus/ConsensusList';
import { consensusTextError, emptyConsensusDraft, toConsensusRequest, type ConsensusDraftValues } from '../../lib/consensus';
import { can, staffRoleOf } from '../../lib/permissions';
import type { FieldError } from '../../lib/validation';
import { refocus, type LiveTabProps } from './live-context';

const MOVE_NOTICES: Record<ConsensusMove, string> = {
  open: 'consensus.openedNotice',
  draft: 'consensus.withdrawnNotice',
  set_aside: 'consensus.setAsideNotice',
};

export function ConsensusTab({ snapshot, staff, agenda, agendaTitles, send, busy, announce }: LiveTabProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ConsensusDraftValues>(() => emptyConsensusDraft(snapshot.currentAgendaItemId));
  const [draftError, setDraftError] = useState<FieldError | undefined>(undefined);
  const [editor, setEditor] = useState<ConsensusEditor | null>(null);
  const draftText = useRef<HTMLTextAreaElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const groups = useMemo(() => groupConsensus(staff?.consensus ?? []), [staff?.consensus]);
  const readOnly = !can(staffRoleOf(snapshot.viewer), 'consensus');

  // An item decided elsewhere (another facilitator, the organiser) closes a form that no longer fits it.
  useEffect(() => {
    if (!editor) return;
    const item = staff?.consensus.find((c) => c.id === editor.itemId);
    const fits =
      item && (editor.kind === 'followUp' ? item.status === 'approved' : editor.kind === 'approve' ? item.status === 'open' : item.status !== 'approved');
    if (!fits) setEditor(null);
  }, [staff?.consensus, editor]);

  const closeEditorOf = (itemId: string) => setEditor((current) => (current?.itemId === itemId ? null : current));
  const textOf = (itemId: string) => staff?.consensus.find((c) => c.id === itemId)?.text ?? '';

  const create = async () => {
    const result = toConsensusRequest(draft);
    if (!result.ok) {
      setDraftError(result.error);
      draftText.current?.focus();
      return;
    }
    const ack = await send(LiveEvent.createConsensus, result.request, 'consensus-form');
    if (!ack?.ok) return;
    announce(t('consensus.createdNotice'));
    setDraft(emptyConsensusDraft(draft.agendaItemId || null));
    setDraftError(undefined);
    draftText.current?.focus();
  };

  const handlers: ConsensusHandlers = {
    onMove: async (itemId, to) => {
      const ack = await send(LiveEvent.moveConsensus, { itemId, status: to }, itemId);
      if (!ack?.ok) return;
      announce(t(MOVE_NOTICES[to], { text: textOf(itemId) }));
      refocus(listHeading.current);
    },
    onEditText: async (itemId, text) => {
      const item = staff?.consensus.find((c) => c.id === itemId);
      const ack = await send(LiveEvent.updateConsensus, { itemId, text, agendaItemId: item?.agendaItemId ?? null }, itemId);
      if (!ack?.ok) return;
      closeEditorOf(itemId);
      announce(t('consensus.editedNotice'));
    },
    onApprove: async (itemId, followUp) => {
      const ack = await send(LiveEvent.approveConsensus, { itemId, followUp }, itemId);
      if (!ack?.ok) return;
      closeEditorOf(itemId);
      announce(t('consensus.approvedNotice', { number: ack.data.number ?? '' }));
      refocus(listHeading.current);
    },
    onUpdateFollowUp: async (itemId, followUp) => {
      const ack = await send(LiveEvent.updateFollowUp, { itemId, followUp }, itemId);
      if (!ack?.ok) return;
      closeEditorOf(itemId);
      announce(t('consensus.followUpSavedNotice', { number: ack.data.number ?? '' }));
    },
    onOpenEditor: setEditor,
    onCloseEditor: () => setEditor(null),
  };

  if (!staff) return <p className="empty">{t('live.notStaff')}</p>;
  const total = staff.consensus.length;
  return (
    <div className={readOnly ? 'consensus-layout consensus-layout--read-only' : 'consensus-layout'}>
      {readOnly ? (
        <p className="alert alert--info consensus-layout__note" data-testid="consensus-read-only">
          {t('consensus.readOnly')}
        </p>
      ) : (
        <section className="card" aria-labelledby="consensus-form-heading">
          <h3 id="consensus-form-heading">{t('consensus.createHeading')}</h3>
          <ConsensusDraftForm
            values={draft}
            error={draftError}
            agenda={agenda}
            busy={busy.has('consensus-form')}
            textRef={draftText}
            onChange={(patch) => {
              const next = { ...draft, ...patch };
              setDraft(next);
              if (draftError) setDraftError(consensusTextError(next.text));
            }}
            onSubmit={() => void create()}
          />
        </section>
      )}
      <section className="card" aria-labelledby="consensus-list-heading">
        <h3 id="consensus-list-heading" ref={listHeading} tabIndex={-1}>
          {t('consensus.listHeading')} <span className="count">{total}</span>
        </h3>
        <ConsensusList
          groups={groups}
          tallies={snapshot.consensusTallies}
          agendaTitles={agendaTitles}
          busyIds={busy}
          editor={editor}
          readOnly={readOnly}
          handlers={handlers}
        />
      </section>
    </div>
  );
}
