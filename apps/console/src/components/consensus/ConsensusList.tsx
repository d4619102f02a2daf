import { useTranslation } from 'react-i18next';
import {
  CONSENSUS_LIMITS,
  isRoomConsensusStatus,
  type ConsensusGroups,
  type ConsensusItemView,
  type ConsensusMove,
  type ConsensusTally,
  type FollowUpPlan,
} from '@mufakat/contracts';
import { CONSENSUS_GROUPS, consensusActions } from '../../lib/consensus';
import { formatCalendarDate, formatTime } from '../../lib/datetime';
import { InlineTextForm } from '../live/InlineTextForm';
import { useReturnFocus } from '../live/useReturnFocus';
import { ConsensusTallyView } from './ConsensusTallyView';
import { FollowUpForm } from './FollowUpForm';

/** The one in-place form open in the consensus tab, if any. */
export interface ConsensusEditor {
  itemId: string;
  kind: 'edit' | 'approve' | 'followUp';
}

export interface ConsensusHandlers {
  onMove: (itemId: string, to: ConsensusMove) => void;
  onEditText: (itemId: string, text: string) => void;
  onApprove: (itemId: string, followUp: FollowUpPlan) => void;
  onUpdateFollowUp: (itemId: string, followUp: FollowUpPlan) => void;
  onOpenEditor: (editor: ConsensusEditor) => void;
  onCloseEditor: () => void;
}

interface ConsensusListProps {
  groups: ConsensusGroups;
  tallies: Record<string, ConsensusTally>;
  agendaTitles: ReadonlyMap<string, string>;
  busyIds: ReadonlySet<string>;
  editor: ConsensusEditor | null;
  /** Moderators follow along; only the facilitator and the organiser act. */
  readOnly: boolean;
  handlers: ConsensusHandlers;
}

/** Items by status, each group under its own heading with its count. */
export function ConsensusList({ groups, tallies, agendaTitles, busyIds, editor, readOnly, handlers }: ConsensusListProps) {
  const { t } = useTranslation();
  return (
    <>
      {CONSENSUS_GROUPS.map((status) => {
        const items = groups[status];
        const headingId = `consensus-group-${status}`;
        return (
          <section
            key={status}
            className={`consensus-group consensus-group--${status}`}
            aria-labelledby={headingId}
            data-testid="consensus-group"
            data-status={status}
          >
            <h4 id={headingId} className="consensus-group__heading">
              {t(`consensus.groups.${status}`)} <span className="count">{items.length}</span>
            </h4>
            {items.length === 0 ? (
              <p className="empty">{t(`consensus.groupsEmpty.${status}`)}</p>
            ) : (
              <ol className="consensus-list">
                {items.map((item) => (
                  <ConsensusCard
                    key={item.id}
                    item={item}
                    tally={tallies[item.id]}
                    agendaTitle={item.agendaItemId ? agendaTitles.get(item.agendaItemId) : undefined}
                    busy={busyIds.has(item.id)}
                    openKind={editor?.itemId === item.id ? editor.kind : null}
                    readOnly={readOnly}
                    handlers={handlers}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </>
  );
}

interface ConsensusCardProps {
  item: ConsensusItemView;
  tally: ConsensusTally | undefined;
  agendaTitle: string | undefined;
  busy: boolean;
  openKind: ConsensusEditor['kind'] | null;
  readOnly: boolean;
  handlers: ConsensusHandlers;
}

function ConsensusCard({ item, tally, agendaTitle, busy, openKind, readOnly, handlers }: ConsensusCardProps) {
  const { t, i18n } = useTranslation();
  const trigger = useReturnFocus(openKind);
  const textId = `consensus-${item.id}-text`;
  const toggle = (kind: ConsensusEditor['kind']) => (openKind === kind ? handlers.onCloseEditor() : handlers.onOpenEditor({ itemId: item.id, kind }));
  const time = (iso: string) => formatTime(iso, i18n.language);
  return (
    <li className={`consensus-card consensus-card--${item.status}`} data-testid="consensus-item" data-status={item.status} data-item-id={item.id}>
      <p className="consensus-card__badges">
        {item.number !== null && (
          <span className="consensus-card__number" data-testid="consensus-number">
            {t('consensus.number', { number: item.number })}
          </span>
        )}
        <span className={`badge badge--consensus-${item.status}`}>{t(`consensusStatus.${item.status}`)}</span>
        {agendaTitle && <span className="consensus-card__agenda">{agendaTitle}</span>}
      </p>
      <p id={textId} className="consensus-card__text">
        {item.text}
      </p>
      {openKind === 'edit' && (
        <InlineTextForm
          label={t('consensus.form.text')}
          hint={item.status === 'open' ? t('consensus.editOpenHint') : undefined}
          initialValue={item.text}
          maxLength={CONSENSUS_LIMITS.text}
          allowEmpty={false}
          multiline
          submitLabel={t('consensus.saveText')}
          inputTestId="consensus-edit-text"
          submitTestId="consensus-edit-save"
          busy={busy}
          onSubmit={(text) => handlers.onEditText(item.id, text)}
          onCancel={handlers.onCloseEditor}
        />
      )}
      <p className="consensus-card__meta">
        {t('consensus.createdAt', { time: time(item.createdAt) })}
        {item.openedAt && item.status !== 'draft' && <> · {t('consensus.openedAt', { time: time(item.openedAt) })}</>}
        {item.decidedAt && (item.status === 'approved' || item.status === 'set_aside') && (
          <> · {t(item.status === 'approved' ? 'consensus.approvedAt' : 'consensus.setAsideAt', { time: time(item.decidedAt) })}</>
        )}
      </p>
      {item.followUp && openKind !== 'followUp' && <FollowUpSummary plan={item.followUp} />}
      {isRoomConsensusStatus(item.status) && (
        <div className="consensus-card__tally">
          <h5 className="consensus-card__subheading">{item.status === 'open' ? t('consensus.tally.liveHeading') : t('consensus.tally.finalHeading')}</h5>
          <ConsensusTallyView tally={tally} itemTextId={textId} live={item.status === 'open'} />
        </div>
      )}
      {!readOnly && (
        <div className="consensus-card__actions">
          {consensusActions(item.status).map((action) => {
            if (action.kind === 'move') {
              return (
                <button
                  key={action.name}
                  type="button"
                  className={action.name === 'open' ? 'button button--primary' : action.name === 'setAside' ? 'button button--reject' : 'button button--quiet'}
                  data-testid={`consensus-${action.name}`}
                  aria-describedby={textId}
                  disabled={busy}
                  onClick={() => handlers.onMove(item.id, action.to)}
                >
                  {t(`consensus.actions.${action.name}`)}
                </button>
              );
            }
            const kind = action.kind === 'editFollowUp' ? 'followUp' : action.kind;
            return (
              <button
                key={action.kind}
                ref={trigger(kind)}
                type="button"
                className={action.kind === 'approve' ? 'button button--approve' : 'button button--quiet'}
                data-testid={`consensus-${action.kind}`}
                aria-expanded={openKind === kind}
                aria-describedby={textId}
                disabled={busy}
                onClick={() => toggle(kind)}
              >
                {t(`consensus.actions.${action.kind}`)}
              </button>
            );
          })}
        </div>
      )}
      {!readOnly && item.status === 'open' && <p className="consensus-card__note">{t('consensus.openNote')}</p>}
      {/* Opened under the button that asked for it. */}
      {(openKind === 'approve' || openKind === 'followUp') && (
        <FollowUpForm
          initial={openKind === 'followUp' ? item.followUp : null}
          purpose={openKind === 'approve' ? 'approve' : 'edit'}
          busy={busy}
          onSubmit={(plan) => (openKind === 'approve' ? handlers.onApprove(item.id, plan) : handlers.onUpdateFollowUp(item.id, plan))}
          onCancel={handlers.onCloseEditor}
        />
      )}
    </li>
  );
}

function FollowUpSummary({ plan }: { plan: FollowUpPlan }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="follow-up" data-testid="follow-up">
      <div className="follow-up__row follow-up__row--wide">
        <dt>{t('consensus.followUp.action')}</dt>
        <dd>{plan.action}</dd>
      </div>
      <div className="follow-up__row">
        <dt>{t('consensus.followUp.responsibleUnit')}</dt>
        <dd>{plan.responsibleUnit}</dd>
      </div>
      {plan.deadline && (
        <div className="follow-up__row">
          <dt>{t('consensus.followUp.deadline')}</dt>
          <dd>
            <time dateTime={plan.deadline}>{formatCalendarDate(plan.deadline, i18n.language)}</time>
          </dd>
        </div>
      )}
      {plan.timeFrame && (
        <div className="follow-up__row">
          <dt>{t('consensus.followUp.timeFrame')}</dt>
          <dd>{plan.timeFrame}</dd>
        </div>
      )}
      <div className="follow-up__row">
        <dt>{t('consensus.followUp.status')}</dt>
        <dd>
          <span className={`badge badge--follow-up-${plan.status}`} data-testid="follow-up-status-badge" data-status={plan.status}>
            {t(`followUpStatus.${plan.status}`)}
          </span>
        </dd>
      </div>
    </dl>
  );
}
