import { renderToStaticMarkup } from 'react-dom/server';
import { initTestI18n } from '../../test/test-i18n';
import { consensusItem, poll, results, snapshot, speaker, tally } from '../../test/fixtures';
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

  it('shows the check-in code, grouped for reading from the back, only when it has one', () => {
    expect(count(render({}), 'projector-check-in-code')).toBe(0);
    const html = renderToStaticMarkup(
      <ProjectorScreen model={toProjectorModel(snapshot({ projector: { mode: 'agenda' } }))} connection="live" clockOffsetMs={0} checkInCode="482913" />,
    );
    expect(html).toContain('data-testid="projector-check-in-code">482 913<');
    expect(html).toContain('Kode hadir');
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

  const consensus = {
    consensus: [
      consensusItem('o1', { status: 'open', text: 'Loket dibuka pukul 07.30', openedAt: '2026-12-01T10:00:00.000Z' }),
      consensusItem('a1', { status: 'approved', number: 1, text: 'Antrean daring tersedia' }),
    ],
    consensusTallies: { o1: tally(31, 4, 2) },
  };

  it('agenda: a consensus panel beside the questions, the open item with its counts in words and the approved items numbered', () => {
    const html = render({ projector: { mode: 'agenda' }, ...consensus });
    expect(html).toContain('data-testid="projector-consensus" data-variant="panel"');
    expect(html).toMatch(/data-testid="projector-consensus-open" data-item-id="o1">.*Loket dibuka pukul 07.30/);
    expect(
      [
        ...html.matchAll(
          /data-testid="projector-consensus-count" data-signal="(\w+)">.*?count-value">(\d+)<\/span><span class="projector-consensus__count-label">([^<]+)</g,
        ),
      ].map((m) => m.slice(1).join(' ')),
    ).toEqual(['agree 31 Setuju', 'disagree 4 Tidak setuju', 'abstain 2 Abstain']);
    expect(html).toMatch(/data-testid="projector-consensus-approved" data-number="1">.*Antrean daring tersedia/);
    expect(html).toContain('aria-live="polite" data-testid="projector-consensus-spoken">Kesepakatan 1 disepakati: Antrean daring tersedia<');
    // The questions make room: three are kept.
    expect(count(html, 'projector-question')).toBe(2);
  });

  it('join: the consensus panel takes the place of the questions beside the QR', () => {
    const html = render({ ...consensus });
    expect(html).toContain('data-testid="projector-consensus" data-variant="panel"');
    expect(count(html, 'projector-qr')).toBe(1);
    expect(count(html, 'projector-question')).toBe(0);
  });

  it('poll and speakers: the consensus runs as a strip under the stage', () => {
    const pollHtml = render({ projector: { mode: 'poll', pollId: 'p1' }, polls: [poll('p1')], pollResults: { p1: results.single }, ...consensus });
    expect(pollHtml).toContain('data-testid="projector-consensus" data-variant="strip"');
    expect(count(pollHtml, 'projector-poll-results')).toBe(1);
    expect(render({ projector: { mode: 'speakers' }, ...consensus })).toContain('data-variant="strip"');
  });

  it('shows no consensus panel before an item is put to the room', () => {
    expect(count(render({ projector: { mode: 'agenda' }, consensus: [consensusItem('d1')] }), 'projector-consensus')).toBe(0);
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
