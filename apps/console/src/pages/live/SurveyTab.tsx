import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveEvent } from '@mufakat/contracts';
import { IkmPanel } from '../../components/survey/IkmPanel';
import { SurveyControl } from '../../components/survey/SurveyControl';
import { usePendingValues } from '../../hooks/usePendingValues';
import { can, staffRoleOf } from '../../lib/permissions';
import type { LiveTabProps } from './live-context';

export function SurveyTab({ snapshot, staff, send, busy, announce }: LiveTabProps) {
  const { t } = useTranslation();
  // The button follows a press at once; the numbered change from the server then confirms it.
  const actual = useMemo(() => ({ open: snapshot.survey.open }), [snapshot.survey.open]);
  const pending = usePendingValues<boolean>(actual);
  const setOpen = async (open: boolean) => {
    pending.request('open', open);
    const ack = await send(LiveEvent.setSurveyOpen, { open }, 'survey');
    if (ack?.ok) announce(t(open ? 'survey.openedNotice' : 'survey.closedNotice'));
    else pending.settle('open');
  };
  return (
    <div className="survey-layout">
      <section className="card" aria-labelledby="survey-control-heading">
        <h3 id="survey-control-heading">{t('survey.heading')}</h3>
        <p className="field__hint">{t('survey.intro')}</p>
        <SurveyControl
          open={pending.value('open') ?? snapshot.survey.open}
          respondents={snapshot.survey.respondents}
          canControl={can(staffRoleOf(snapshot.viewer), 'survey')}
          busy={busy.has('survey')}
          onSetOpen={(open) => void setOpen(open)}
        />
      </section>
      <section className="card" aria-labelledby="ikm-heading">
        <h3 id="ikm-heading">{t('survey.ikmHeading')}</h3>
        {staff ? <IkmPanel ikm={staff.ikm} /> : <p className="empty">{t('live.notStaff')}</p>}
      </section>
    </div>
  );
}
