import { renderToStaticMarkup } from 'react-dom/server';
import { initTestI18n } from '../../test/test-i18n';
import { agendaItem, moderationQuestion, openTags, speaker } from '../../test/fixtures';
import type { ParticipantView } from '@mufakat/contracts';
import { AgendaList } from './AgendaList';
import { CheckInControl } from './CheckInControl';
import { ParticipantTable } from './ParticipantTable';
import type { ProjectorView } from '@mufakat/contracts';
import { NowBar } from './NowBar';
import { PendingQueue } from './PendingQueue';
import type { QuestionHandlers } from './question-editor';
import { ProjectorControl } from './ProjectorControl';
import { QuestionList } from './QuestionList';
import { ReadOnlyArea } from './ReadOnlyArea';
import { ReadOnlyNote } from './ReadOnlyNote';
import { SpeakerQueue } from './SpeakerQueue';
import { Tabs } from './Tabs';
import { TimerDisplay } from './TimerDisplay';

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const noop = () => undefined;
const handlers: QuestionHandlers = {
  onModerate: noop,
  onEditText: noop,
  onSetStatus: noop,
  onPin: noop,
  onReply: noop,
  onOpenEditor: noop,
  onCloseEditor: noop,
};

beforeEach(() => initTestI18n('id'));

describe(PendingQueue.name, () => {
  const pending = moderationQuestion('p1', { status: 'pending', agendaItemId: 'a2' });

  it('gives each question approve, reject and edit, described by the question', () => {
    const html = renderToStaticMarkup(
      <PendingQueue questions={[pending]} busyIds={new Set()} agendaTitles={new Map([['a2', 'Diskusi']])} editor={null} handlers={handlers} />,
    );
    expect(count(html, 'pending-question')).toBe(1);
    for (const id of ['approve-question', 'reject-question', 'edit-question']) expect(count(html, id)).toBe(1);
    expect(html).toContain('aria-describedby="pending-p1"');
    expect(html).toContain('Akademisi/pakar');
    expect(html).toContain('Diskusi');
    expect(count(html, 'reject-reason')).toBe(0);
  });

  it('opens the rejection form with an optional reason, keeping the question text in view', () => {
    const html = renderToStaticMarkup(
      <PendingQueue questions={[pending]} busyIds={new Set()} agendaTitles={new Map()} editor={{ questionId: 'p1', kind: 'reject' }} handlers={handlers} />,
    );
    expect(html).toMatch(/<input[^>]*data-testid="reject-reason"/);
    expect(count(html, 'reject-confirm')).toBe(1);
    expect(html).toContain('Ditampilkan kepada penanya saja.');
    expect(html).toContain('Pertanyaan p1');
    expect(openTags(html, 'reject-question')[0]).toContain('aria-expanded="true"');
  });

  it('shows "Anonim" with the asker muted for staff, and only "Anonim" in a fully anonymous forum', () => {
    const anonymous = renderToStaticMarkup(
      <PendingQueue questions={[{ ...pending, anonymous: true }]} busyIds={new Set()} agendaTitles={new Map()} editor={null} handlers={handlers} />,
    );
    expect(anonymous).toContain('Anonim');
    expect(anonymous).toContain('ditanyakan oleh Sari');
    const fully = renderToStaticMarkup(
      <PendingQueue
        questions={[{ ...pending, anonymous: true, authorName: null, authorInstitution: null, authorCategory: null }]}
        busyIds={new Set()}
        agendaTitles={new Map()}
        editor={null}
        handlers={handlers}
      />,
    );
    expect(fully).toContain('Anonim');
    expect(fully).not.toContain('ditanyakan oleh');
  });

  it('disables the buttons while a request is on its way', () => {
    const html = renderToStaticMarkup(
      <PendingQueue questions={[pending]} busyIds={new Set(['p1'])} agendaTitles={new Map()} editor={null} handlers={handlers} />,
    );
    expect(html.match(/disabled=""/g)).toHaveLength(3);
  });
});

describe(QuestionList.name, () => {
  it('marks status, keeps only the number in question-upvotes, and offers the staff actions', () => {
    const html = renderToStaticMarkup(
      <QuestionList
        questions={[
          moderationQuestion('q1', { upvotes: 7, pinned: true }),
          moderationQuestion('q2', { status: 'answered', reply: { text: 'Sudah.', authorName: 'Rina', at: '2026-12-01T09:30:00.000Z' } }),
        ]}
        busyIds={new Set()}
        agendaTitles={new Map()}
        editor={null}
        handlers={handlers}
        emptyText="-"
      />,
    );
    expect(count(html, 'approved-question')).toBe(2);
    expect(html).toContain('data-status="approved"');
    expect(html).toContain('data-status="answered"');
    expect([...html.matchAll(/data-testid="question-upvotes">([^<]*)</g)].map((m) => m[1])).toEqual(['7', '0']);
    expect(openTags(html, 'pin-question').map((tag) => tag.includes('aria-pressed="true"'))).toEqual([true, false]);
    expect(html).toContain('Kembalikan ke belum terjawab');
    expect(html).toContain('Jawaban dari Rina');
    for (const id of ['answer-question', 'archive-question', 'reply-question', 'edit-question']) expect(count(html, id)).toBe(2);
  });

  it('offers no status actions on questions that never passed moderation', () => {
    const html = renderToStaticMarkup(
      <QuestionList
        questions={[moderationQuestion('q3', { status: 'rejected', rejectionReason: 'Di luar topik' }), moderationQuestion('q4', { status: 'withdrawn' })]}
        busyIds={new Set()}
        agendaTitles={new Map()}
        editor={null}
        handlers={handlers}
        emptyText="-"
      />,
    );
    expect(count(html, 'answer-question')).toBe(0);
    expect(count(html, 'pin-question')).toBe(0);
    expect(html).toContain('Alasan penolakan: Di luar topik');
  });

  it('opens the reply form with the current reply to edit', () => {
    const html = renderToStaticMarkup(
      <QuestionList
        questions={[moderationQuestion('q1', { reply: { text: 'Lama', authorName: 'Rina', at: '2026-12-01T09:30:00.000Z' } })]}
        busyIds={new Set()}
        agendaTitles={new Map()}
        editor={{ questionId: 'q1', kind: 'reply' }}
        handlers={handlers}
        emptyText="-"
      />,
    );
    expect(html).toMatch(/<textarea[^>]*data-testid="reply-text"[^>]*>Lama<\/textarea>/);
    expect(count(html, 'reply-save')).toBe(1);
  });
});

describe(AgendaList.name, () => {
  it('marks status and enables only the moves that make sense', () => {
    const html = renderToStaticMarkup(
      <AgendaList
        agenda={[
          agendaItem('a1', 0, { status: 'done' }),
          agendaItem('a2', 1, { status: 'running', startedAt: '2026-12-01T09:00:00.000Z' }),
          agendaItem('a3', 2),
        ]}
        currentId="a2"
        busy={false}
        onStart={noop}
        onEnd={noop}
        onMove={noop}
      />,
    );
    expect(count(html, 'agenda-item')).toBe(3);
    expect(html).toMatch(/aria-current="step"[^>]*data-testid="agenda-item" data-status="running"/);
    const buttons = (id: string) => [...html.matchAll(new RegExp(`<button[^>]*data-testid="${id}"[^>]*>`, 'g'))].map((m) => m[0].includes('disabled'));
    expect(buttons('agenda-start')).toEqual([false, true, false]);
    expect(buttons('agenda-end')).toEqual([true, false, true]);
    expect(buttons('agenda-move-up')).toEqual([true, false, false]);
    expect(buttons('agenda-move-down')).toEqual([false, false, true]);
    expect(html).toContain('Mulai lagi');
  });
});

describe(SpeakerQueue.name, () => {
  it('lists the waiting queue with room/online badges, then who speaks with a timer', () => {
    const html = renderToStaticMarkup(
      <SpeakerQueue
        queue={{
          waiting: [speaker('s1'), speaker('s2', { mode: 'online' })],
          speaking: [speaker('s3', { status: 'speaking', startedAt: '2026-12-01T09:00:00.000Z', limitSeconds: 120 })],
        }}
        busyIds={new Set()}
        clockOffsetMs={0}
        onGiveFloor={noop}
        onEnd={noop}
        onMove={noop}
      />,
    );
    expect([...html.matchAll(/data-testid="speaker" data-status="(\w+)" data-mode="(\w+)"/g)].map((m) => `${m[1]}/${m[2]}`)).toEqual([
      'waiting/room',
      'waiting/online',
      'speaking/room',
    ]);
    expect(html).toContain('Di ruangan');
    expect(html).toContain('Daring');
    expect(count(html, 'speaker-limit')).toBe(2);
    expect(count(html, 'speaker-give-floor')).toBe(2);
    expect(count(html, 'speaker-end')).toBe(1);
    expect(count(html, 'speaker-timer')).toBe(1);
    expect(html).toContain('dari 2:00');
  });
});

describe(Tabs.name, () => {
  it('is a tablist with one tab stop and controls its panel', () => {
    const html = renderToStaticMarkup(
      <Tabs
        label="Bagian"
        idPrefix="live"
        tabs={[
          { id: 'questions', label: 'Pertanyaan', badge: { count: 2, label: '2 menunggu' } },
          { id: 'polls', label: 'Jajak pendapat' },
        ]}
        active="polls"
        onChange={noop}
      />,
    );
    expect(html).toContain('role="tablist"');
    expect(html).toMatch(
      /role="tab" id="live-tab-questions" aria-selected="false" aria-controls="live-panel-questions" tabindex="-1"[^>]*data-testid="tab-questions"/,
    );
    expect(html).toMatch(/id="live-tab-polls" aria-selected="true"[^>]*tabindex="0"/);
    expect(html).toContain('2 menunggu');
  });
});

describe(TimerDisplay.name, () => {
  const started = new Date(Date.now() - 130_000).toISOString();

  it('shows elapsed against the limit and says when it is over', () => {
    const html = renderToStaticMarkup(<TimerDisplay startedAt={started} limitSeconds={120} clockOffsetMs={0} testId="t" />);
    expect(html).toContain('data-level="over"');
    expect(html).toMatch(/2:1\d dari 2:00/);
    expect(html).toMatch(/lewat 0:1\d/);
  });

  it('corrects for the server clock', () => {
    const html = renderToStaticMarkup(<TimerDisplay startedAt={started} limitSeconds={600} clockOffsetMs={-120_000} testId="t" />);
    expect(html).toMatch(/0:1\d dari 10:00/);
    expect(html).toContain('data-level="normal"');
  });

  it('waits at zero before it starts', () => {
    expect(renderToStaticMarkup(<TimerDisplay startedAt={null} limitSeconds={60} clockOffsetMs={0} testId="t" />)).toContain('data-level="idle"');
  });
});

describe(ParticipantTable.name, () => {
  const base = { institution: 'Warga', category: 'service_user', mode: 'room', joinedAt: '2026-12-01T09:00:00.000Z' } as const;
  const participants: ParticipantView[] = [
    { ...base, id: 'p1', name: 'Ani', verified: false, voided: false },
    { ...base, id: 'p2', name: 'Budi', verified: true, verifiedBy: 'code', voided: false },
    { ...base, id: 'p3', name: 'Bot', verified: false, voided: true, voidReason: 'Pendaftaran massal' },
  ];
  const actions = { onConfirm: noop, onVoid: noop, busy: new Set<string>() };

  it('shows each attendee as unverified, checked in or voided (with the reason)', () => {
    const html = renderToStaticMarkup(<ParticipantTable participants={participants} />);
    expect(html).toContain('Belum terverifikasi');
    expect(html).toContain('Check-in dengan kode');
    expect(html).toContain('Dibatalkan: Pendaftaran massal');
    expect(html).not.toContain('Konfirmasi hadir');
  });

  it('lets attendance managers confirm the unverified and void anyone not voided yet', () => {
    const html = renderToStaticMarkup(<ParticipantTable participants={participants} actions={actions} />);
    expect(html.split('Konfirmasi hadir').length - 1).toBe(1);
    expect(html.split('Batalkan peserta').length - 1).toBe(2);
  });
});

describe(CheckInControl.name, () => {
  it('offers the switch to attendance managers and shows the verified count while on', () => {
    const on = renderToStaticMarkup(<CheckInControl enabled verified={6} total={26} canControl busy={false} onSetEnabled={noop} />);
    expect(on).toContain('6 dari 26 peserta terverifikasi.');
    expect(openTags(on, 'check-in-toggle')[0]).toContain('aria-pressed="true"');
    const off = renderToStaticMarkup(<CheckInControl enabled={false} verified={undefined} total={26} canControl={false} busy={false} onSetEnabled={noop} />);
    expect(count(off, 'check-in-toggle')).toBe(0);
    expect(count(off, 'check-in-verified')).toBe(0);
    expect(off).toContain('Check-in tidak aktif.');
  });
});

describe(NowBar.name, () => {
  const props = {
    current: agendaItem('a1', 0, { status: 'running', startedAt: '2026-01-01T09:00:00.000Z' }),
    next: agendaItem('a2', 1),
    busy: false,
    attendance: { room: 3, online: 2 },
    clockOffsetMs: 0,
    onNext: noop,
  };

  it('gives those who run the agenda the "next item" button', () => {
    const html = renderToStaticMarkup(<NowBar {...props} canRun />);
    expect(count(html, 'agenda-next')).toBe(1);
    expect(count(html, 'read-only-agenda-now-bar')).toBe(0);
  });

  it('shows a facilitator the way forward without the button, and says who may move on', () => {
    const html = renderToStaticMarkup(<NowBar {...props} canRun={false} />);
    expect(count(html, 'agenda-next')).toBe(0);
    expect(html).toContain('Hanya penyelenggara dan moderator yang dapat memulai, mengakhiri, dan mengurutkan butir agenda.');
  });
});

describe(ReadOnlyArea.name, () => {
  it('disables every control of a part the role may not use and points at the reason', () => {
    const html = renderToStaticMarkup(
      <>
        <ReadOnlyNote capability="polls" />
        <ReadOnlyArea capability="polls" allowed={false}>
          <button type="button">Buka</button>
        </ReadOnlyArea>
      </>,
    );
    expect(html).toContain('<fieldset disabled="" class="read-only-area" aria-describedby="read-only-polls"');
    expect(html).toContain('id="read-only-polls"');
    expect(html).toContain('Hanya penyelenggara dan moderator yang dapat membuat, membuka, dan menutup jajak pendapat.');
  });

  it('leaves the controls alone for a role that may use them', () => {
    const html = renderToStaticMarkup(
      <ReadOnlyArea capability="polls" allowed>
        <button type="button">Buka</button>
      </ReadOnlyArea>,
    );
    expect(html).toBe('<button type="button">Buka</button>');
  });
});

describe(ProjectorControl.name, () => {
  it('offers to keep the join slide while it shows, ticked when pinned', () => {
    const shown = (projector: ProjectorView) => renderToStaticMarkup(<ProjectorControl projector={projector} polls={[]} busy={false} onShow={noop} />);
    expect(count(shown({ mode: 'join' }), 'projector-pin-join')).toBe(1);
    expect(shown({ mode: 'join', pinned: true })).toMatch(/data-testid="projector-pin-join"[^>]*checked=""/);
    expect(shown({ mode: 'join' })).not.toMatch(/data-testid="projector-pin-join"[^>]*checked=""/);
    expect(count(shown({ mode: 'agenda' }), 'projector-pin-join')).toBe(0);
  });
});
