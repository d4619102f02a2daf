import { renderToStaticMarkup } from 'react-dom/server';
import { initTestI18n } from '../../test/test-i18n';
import { poll, results, snapshot, speaker } from '../../test/fixtures';
import { toProjectorModel } from '../../lib/projector';
import { ProjectorScreen } from './ProjectorScreen';
import { ReactionLayer } from './ReactionLayer';

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const render = (patch: Parameters<typeof snapshot>[0]) =>
  renderToStaticMarkup(<ProjectorScreen model={toProjectorModel(snapshot(patch))} connection="live" clockOffsetMs={0} />);

beforeEach(() => initTestI18n('id'));

describe(ProjectorScreen.name, () => {
  it('join: QR and one large code, current item and top questions beside them, attendance', () => {
    const html = render({});
    expect(html).toContain('data-testid="projector-mode" data-mode="join"');
    expect(count(html, 'projector-join-code')).toBe(1);
    expect(html).toContain('data-testid="projector-join-code">K7P2QX<');
    expect(html).toMatch(/<img[^>]*src="\/api\/join\/K7P2QX\/qr.svg"[^>]*data-testid="projector-qr"/);
    expect(html).toContain('data-testid="projector-join-url">http://10.0.0.5:3000/j/K7P2QX<');
    expect(html).toContain('data-testid="projector-attendance-room">40<');
    expect(html).toContain('data-testid="projector-attendance-online">115<');
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it('agenda: the item with its timer, the pinned question, top questions with "Anonim"', () => {
    const html = render({ projector: { mode: 'agenda' } });
    expect(html).toContain('data-testid="projector-current-agenda">Diskusi<');
    expect(count(html, 'projector-agenda-timer')).toBe(1);
    expect(html).toMatch(/data-testid="projector-pinned-question".*Sedang dibahas.*Pertanyaan q2/);
    expect([...html.matchAll(/data-testid="question-upvotes">(\d+)</g)].map((m) => m[1])).toEqual(['12', '3']);
    expect(html).toContain('Anonim');
    // The small corner code replaces the large one.
    expect(count(html, 'projector-join-code')).toBe(1);
    expect(count(html, 'projector-qr')).toBe(0);
  });

  it('poll: question and live results when visible', () => {
    const html = render({ projector: { mode: 'poll', pollId: 'p1' }, polls: [poll('p1')], pollResults: { p1: results.single } });
    expect(html).toContain('data-testid="projector-poll" data-type="single"');
    expect(html).toContain('data-testid="projector-poll-question">Jajak p1?<');
    expect(count(html, 'projector-poll-results')).toBe(1);
    expect(count(html, 'projector-poll-bar')).toBe(3);
  });

  it('poll: says the results are hidden when they are', () => {
    const html = render({ projector: { mode: 'poll', pollId: 'p1' }, polls: [poll('p1', { resultsVisible: false })] });
    expect(count(html, 'projector-poll-results')).toBe(0);
    expect(html).toContain('Hasil disembunyikan');
  });

  it('speakers: who speaks with a timer, then the queue with room and online badges', () => {
    const html = render({
      projector: { mode: 'speakers' },
      speakers: [speaker('w1', { mode: 'online' }), speaker('s1', { status: 'speaking', startedAt: '2026-12-01T09:00:00.000Z', limitSeconds: 180 })],
    });
    expect([...html.matchAll(/data-testid="projector-speaker" data-status="(\w+)" data-mode="(\w+)"/g)].map((m) => `${m[1]}/${m[2]}`)).toEqual([
      'speaking/room',
      'waiting/online',
    ]);
    expect(count(html, 'projector-speaker-timer')).toBe(1);
  });

  it('speakers: names the first of a long queue and counts the rest', () => {
    const html = render({ projector: { mode: 'speakers' }, speakers: Array.from({ length: 9 }, (_, i) => speaker(`w${i}`)) });
    expect(count(html, 'projector-speaker')).toBe(6);
    expect(html).toContain('dan 3 orang lagi menunggu');
  });

  it('speaks English on request', async () => {
    await initTestI18n('en');
    const html = render({ projector: { mode: 'agenda' } });
    expect(html).toContain('Top questions');
    expect(html).toContain('Now discussing');
    expect(html).toContain('Anonymous');
  });
});

describe(ReactionLayer.name, () => {
  it('keeps the floating icons from screen readers and says what they mean in a polite summary', () => {
    const html = renderToStaticMarkup(
      <ReactionLayer
        floaters={[
          { id: 1, kind: 'applause', left: 20, delayMs: 0 },
          { id: 2, kind: 'unclear', left: 80, delayMs: 200 },
        ]}
        summary={{ applause: 4, agree: 0, unclear: 1 }}
      />,
    );
    expect(html).toMatch(/<div class="reactions" aria-hidden="true">/);
    expect(html).toContain('data-testid="projector-reaction" data-kind="applause"');
    expect(html).toMatch(/aria-live="polite"[^>]*>Reaksi terbaru: 4 tepuk tangan, 1 kurang jelas</);
  });
});
