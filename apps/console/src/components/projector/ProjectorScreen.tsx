import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '@mufakat/client';
import { useFitStage } from '../../hooks/useFitStage';
import type { ProjectorModel } from '../../lib/projector';
import { projectorLayoutKey } from '../../lib/projector-fit';
import { ConnectionStatus } from '../ConnectionStatus';
import { ProjectorAgenda } from './ProjectorAgenda';
import { ProjectorConsensus } from './ProjectorConsensus';
import { ProjectorJoin } from './ProjectorJoin';
import { ProjectorPoll } from './ProjectorPoll';
import { ProjectorSpeakers } from './ProjectorSpeakers';

interface ProjectorScreenProps {
  model: ProjectorModel;
  connection: ConnectionState;
  clockOffsetMs: number;
  /** The room check-in code while check-in is on; shown in every mode, for the people in the room only. */
  checkInCode?: string | null;
}

/** Read from the back of a hall: few things, very large, high contrast; the moderator picks what it shows. */
export function ProjectorScreen({ model, connection, clockOffsetMs, checkInCode = null }: ProjectorScreenProps) {
  const { t } = useTranslation();
  const stage = useRef<HTMLDivElement>(null);
  const layoutKey = useMemo(() => projectorLayoutKey(model), [model]);
  const pages = useFitStage(stage, layoutKey);
  return (
    <>
      <div className="projector__top">
        <h1 className="projector__title">{model.title}</h1>
        {model.mode !== 'join' && (
          <p className="projector__corner-code">
            <span className="projector__corner-label">{t('projector.joinWithCode')}</span>
            <span className="projector__corner-value" data-testid="projector-join-code">
              {model.joinCode}
            </span>
          </p>
        )}
        {checkInCode && (
          <p className="projector__corner-code projector__check-in">
            <span className="projector__corner-label">{t('projector.checkInCode')}</span>
            <span className="projector__corner-value" data-testid="projector-check-in-code">
              {checkInCode.slice(0, 3)} {checkInCode.slice(3)}
            </span>
          </p>
        )}
        <section aria-labelledby="projector-attendance-heading" className="projector__attendance-panel">
          <h2 id="projector-attendance-heading" className="projector__label">
            {t('projector.attendance')}
          </h2>
          <dl className="projector__attendance">
            <div>
              <dt>{t('modes.room')}</dt>
              <dd data-testid="projector-attendance-room">{model.attendance.room}</dd>
            </div>
            <div>
              <dt>{t('modes.online')}</dt>
              <dd data-testid="projector-attendance-online">{model.attendance.online}</dd>
            </div>
          </dl>
        </section>
      </div>
      <div
        ref={stage}
        className={`projector__stage projector__stage--${model.mode}`}
        data-testid="projector-mode"
        data-mode={model.mode}
        data-pages={pages.count}
      >
        {model.mode === 'join' && <ProjectorJoin model={model} />}
        {model.mode === 'agenda' && <ProjectorAgenda model={model} clockOffsetMs={clockOffsetMs} />}
        {model.mode === 'poll' && <ProjectorPoll poll={model.poll} />}
        {model.mode === 'speakers' && <ProjectorSpeakers speakers={model.speakers} clockOffsetMs={clockOffsetMs} />}
        {/* The poll and the speakers keep the stage; the consensus runs along its foot. */}
        {(model.mode === 'poll' || model.mode === 'speakers') && model.consensus && (
          <ProjectorConsensus consensus={model.consensus} variant="strip" maxOpen={1} maxApproved={2} />
        )}
      </div>
      {pages.count > 1 && (
        <p className="projector__pages" data-testid="projector-pages">
          {t('projector.page', { page: pages.page + 1, count: pages.count })}
        </p>
      )}
      <ConnectionStatus connection={connection} testId="projector-connection" className="projector__connection" />
    </>
  );
}
