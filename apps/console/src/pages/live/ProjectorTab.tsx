import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveEvent, type ProjectorView } from '@mufakat/contracts';
import { ProjectorControl } from '../../components/live/ProjectorControl';
import { usePendingValues } from '../../hooks/usePendingValues';
import { sameJson } from '../../lib/pending';
import type { LiveTabProps } from './live-context';
import { ReadOnlyArea } from '../../components/live/ReadOnlyArea';
import { ReadOnlyNote } from '../../components/live/ReadOnlyNote';
import { can, staffRoleOf } from '../../lib/permissions';

interface ProjectorTabProps extends LiveTabProps {
  /** The read-only projector link, once the forum's details have loaded. */
  projectorUrl: string | null;
}

export function ProjectorTab({ snapshot, staff, send, busy, announce, projectorUrl }: ProjectorTabProps) {
  const { t } = useTranslation();
  // Drafts never reach the projector; the public list already has every opened or closed poll.
  const polls = (staff?.polls ?? snapshot.polls).filter((poll) => poll.status !== 'draft');
  // The pressed button follows the click at once; the projector's numbered change then confirms it.
  const actual = useMemo(() => ({ view: snapshot.projector }), [snapshot.projector]);
  const pending = usePendingValues<ProjectorView>(actual, sameJson);
  const show = async (view: ProjectorView) => {
    pending.request('view', view);
    const ack = await send(LiveEvent.showOnProjector, { view }, 'projector');
    if (ack?.ok) announce(t('projectorControl.switchedNotice', { view: t(`projectorModes.${view.mode}`) }));
    else pending.settle('view');
  };
  const allowed = can(staffRoleOf(snapshot.viewer), 'projector');
  return (
    <>
      {!allowed && <ReadOnlyNote capability="projector" />}
      <ReadOnlyArea capability="projector" allowed={allowed}>
        <ProjectorControl
          projector={pending.value('view') ?? snapshot.projector}
          polls={polls}
          busy={busy.has('projector')}
          onShow={(view) => void show(view)}
        />
      </ReadOnlyArea>
      {/* The projector has no view of its own for the consensus (ProjectorView has no such mode): it joins every view. */}
      <p className="projector-control__note" data-testid="projector-consensus-note">
        {t('projectorControl.consensusNote')}
      </p>
      {projectorUrl && (
        <p className="projector-control__link">
          <a className="button" href={projectorUrl} target="_blank" rel="noopener noreferrer">
            {t('forum.openProjector')}
            <span className="visually-hidden"> {t('app.opensInNewTab')}</span>
          </a>
        </p>
      )}
    </>
  );
}
