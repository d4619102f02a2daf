import { renderToStaticMarkup } from 'react-dom/server';
import type { AgendaItemView, ModerationQuestion, PublicQuestion } from '@mufakat/contracts';
import { initTestI18n } from '../test/test-i18n';
import { AgendaControl } from './AgendaControl';
import { ApprovedQuestions } from './ApprovedQuestions';
import { PendingQueue } from './PendingQueue';
import { ProjectorScreen } from './ProjectorScreen';

const countTestIds = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const upvoteNumbers = (html: string) =>
  [...html.matchAll(/data-testid="question-upvotes">([^<]*)</g)].map((match) => match[1]);

const published = (id: string, upvotes: number): PublicQuestion => ({
  id,
  agendaItemId: null,
  text: `Pertanyaan ${id}`,
  authorName: 'Budi',
  upvotes,
  createdAt: '2026-12-01T09:00:00.000Z',
});

const agenda: AgendaItemView[] = [
  { id: 'a1', position: 0, title: 'Pembukaan', plannedMinutes: 10 },
  { id: 'a2', position: 1, title: 'Diskusi', plannedMinutes: 60 },
];

beforeEach(() => initTestI18n('id'));

describe(ProjectorScreen.name, () => {
  const model = {
    title: 'FKP Layanan KTP',
    joinCode: 'K7P2QX',
    joinUrl: 'http://10.0.0.5:3000/j/K7P2QX',
    qrSrc: '/api/join/K7P2QX/qr.svg',
    currentAgendaTitle: 'Diskusi',
    questions: [published('q1', 12), published('q2', 3)],
    attendance: { room: 40, online: 115 },
  };

  it('shows code, QR, agenda, questions with bare vote counts, and attendance', () => {
    const html = renderToStaticMarkup(<ProjectorScreen model={model} connection="live" />);
    expect(html).toContain('data-testid="projector-join-code">K7P2QX<');
    expect(html).toMatch(/<img[^>]*src="\/api\/join\/K7P2QX\/qr.svg"[^>]*data-testid="projector-qr"/);
    expect(html).toContain('data-testid="projector-current-agenda">Diskusi<');
    expect(countTestIds(html, 'projector-question')).toBe(2);
    expect(upvoteNumbers(html)).toEqual(['12', '3']);
    expect(html).toContain('data-testid="projector-attendance-room">40<');
    expect(html).toContain('data-testid="projector-attendance-online">115<');
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it('speaks the chosen language', async () => {
    await initTestI18n('en');
    const html = renderToStaticMarkup(<ProjectorScreen model={{ ...model, currentAgendaTitle: null }} connection="live" />);
    expect(html).toContain('Top questions');
    expect(html).toContain('The forum starts soon');
  });
});

describe(PendingQueue.name, () => {
  const pending: ModerationQuestion = {
    id: 'p1',
    agendaItemId: 'a2',
    text: 'Kapan antrean daring dibuka?',
    authorName: 'Sari',
    authorInstitution: 'Universitas Contoh',
    authorCategory: 'academic',
    status: 'pending',
    createdAt: '2026-12-01T09:05:00.000Z',
  };

  it('gives each question its own approve and reject buttons, labelled by the question', () => {
    const html = renderToStaticMarkup(
      <PendingQueue questions={[pending]} busyIds={new Set()} agendaTitles={new Map([['a2', 'Diskusi']])} onModerate={() => undefined} />,
    );
    expect(countTestIds(html, 'pending-question')).toBe(1);
    expect(countTestIds(html, 'approve-question')).toBe(1);
    expect(countTestIds(html, 'reject-question')).toBe(1);
    expect(html).toContain('aria-describedby="pending-p1"');
    expect(html).toContain('Akademisi/pakar');
    expect(html).toContain('Diskusi');
    expect(html).not.toContain('disabled');
  });

  it('disables the buttons while a decision is on its way', () => {
    const html = renderToStaticMarkup(
      <PendingQueue questions={[pending]} busyIds={new Set(['p1'])} agendaTitles={new Map()} onModerate={() => undefined} />,
    );
    expect(html.match(/disabled=""/g)).toHaveLength(2);
  });
});

describe(ApprovedQuestions.name, () => {
  it('puts only the number inside question-upvotes', () => {
    const html = renderToStaticMarkup(
      <ApprovedQuestions questions={[published('q1', 1), published('q2', 0)]} agendaTitles={new Map()} />,
    );
    expect(countTestIds(html, 'approved-question')).toBe(2);
    expect(upvoteNumbers(html)).toEqual(['1', '0']);
  });
});

describe(AgendaControl.name, () => {
  const render = (currentId: string | null, nextId: string | undefined) =>
    renderToStaticMarkup(
      <AgendaControl agenda={agenda} currentId={currentId} nextId={nextId} busy={false} onSetCurrent={() => undefined} />,
    );

  it('offers to start when nothing is current', () => {
    const html = render(null, 'a1');
    expect(html).toContain('data-testid="current-agenda-title" class="current-agenda__title">Belum dimulai<');
    expect(html).toContain('Mulai butir pertama');
    expect(countTestIds(html, 'agenda-make-current')).toBe(2);
  });

  it('marks the current item and disables "next" after the last one', () => {
    const html = render('a2', undefined);
    expect(html).toContain('>Diskusi</strong>');
    expect(html).toMatch(/aria-current="step"[^>]*data-testid="agenda-item"><span class="agenda-control__title">Diskusi/);
    expect(html).toMatch(/<button[^>]*data-testid="agenda-next"[^>]*disabled=""/);
    expect(countTestIds(html, 'agenda-make-current')).toBe(1);
  });
});
