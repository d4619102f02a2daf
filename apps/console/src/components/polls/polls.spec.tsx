import { renderToStaticMarkup } from 'react-dom/server';
import { initTestI18n } from '../../test/test-i18n';
import { openTags, poll, results } from '../../test/fixtures';
import { emptyPollForm } from '../../lib/poll-form';
import { PollForm } from './PollForm';
import { PollList, type PollHandlers } from './PollList';
import { PollResultsView } from './PollResultsView';

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const noop = () => undefined;
const handlers: PollHandlers = { onEdit: noop, onDelete: noop, onSetStatus: noop, onSetResultsVisible: noop, onShowOnProjector: noop };

beforeEach(() => initTestI18n('id'));

describe(PollResultsView.name, () => {
  const render = (p: Parameters<typeof PollResultsView>[0]) => renderToStaticMarkup(<PollResultsView {...p} />);

  it('draws a bar per option with count and percent', () => {
    const html = render({ poll: poll('p1'), results: results.single, variant: 'projector' });
    expect(count(html, 'projector-poll-bar')).toBe(3);
    expect(html).toMatch(/data-testid="projector-poll-bar" data-option-id="o1"[^>]*>.*<strong>3<\/strong> <span class="bars__percent">\(75%\)/);
    expect(html).toContain('data-testid="projector-poll-respondents">4<');
  });

  it("draws the rating distribution and the average in the reader's locale", () => {
    const html = render({ poll: poll('p1', { type: 'rating', options: [], scaleMax: 5 }), results: results.rating, variant: 'projector' });
    expect(html).toMatch(/data-testid="projector-rating-average" data-value="4.5">4,5</);
    expect(html.match(/class="rating__column"/g)).toHaveLength(5);
  });

  it('sizes words by count', () => {
    const html = render({ poll: poll('p1', { type: 'wordcloud', options: [] }), results: results.wordcloud, variant: 'projector' });
    expect(html).toMatch(/font-size:4.2em" data-testid="projector-word" data-count="3">cepat/);
    expect(html).toMatch(/font-size:1.1em" data-testid="projector-word" data-count="1">ramah/);
  });

  it('shows the latest open answers, as many as asked for', () => {
    const html = render({ poll: poll('p1', { type: 'open', options: [] }), results: results.open, variant: 'projector', maxOpenAnswers: 6 });
    expect(count(html, 'projector-open-answer')).toBe(6);
    expect(html.indexOf('Saran 8')).toBeLessThan(html.indexOf('Saran 7'));
  });

  it('ranks rows in the server order and names the method', () => {
    const html = render({ poll: poll('p1', { type: 'ranking', rankingMethod: 'borda' }), results: results.ranking, variant: 'projector' });
    expect([...html.matchAll(/data-testid="projector-rank-row" data-option-id="(\w+)"/g)].map((m) => m[1])).toEqual(['o3', 'o1', 'o2']);
    expect(html).toContain('Borda count');
    expect(html).toContain('4 poin');
  });

  it('uses the console test ids on the console', () => {
    const html = render({ poll: poll('p1'), results: results.single, variant: 'staff' });
    expect(count(html, 'poll-respondents')).toBe(1);
    expect(count(html, 'projector-poll-bar')).toBe(0);
  });
});

describe(PollList.name, () => {
  it('offers the actions that fit each status and marks the poll on the projector', () => {
    const html = renderToStaticMarkup(
      <PollList
        polls={[poll('d', { status: 'draft' }), poll('o'), poll('c', { status: 'closed', resultsVisible: false })]}
        results={{ o: results.single }}
        projector={{ mode: 'poll', pollId: 'o' }}
        agendaTitles={new Map()}
        busyIds={new Set()}
        editingId={null}
        handlers={handlers}
      />,
    );
    const card = (id: string) => html.slice(html.indexOf(`data-poll-id="${id}"`)).split('data-testid="staff-poll"')[0];
    expect(card('d')).toContain('poll-open');
    expect(card('d')).toContain('poll-edit');
    expect(card('d')).toContain('poll-delete');
    expect(card('d')).not.toContain('poll-show-on-projector');
    expect(card('o')).toContain('poll-close');
    expect(card('o')).not.toContain('poll-delete');
    expect(openTags(card('o'), 'poll-show-on-projector')[0]).toContain('aria-pressed="true"');
    expect(openTags(card('c'), 'poll-toggle-results')[0]).toContain('aria-pressed="false"');
    expect(card('c')).toContain('data-status="closed"');
    // A closed poll is final: no reopening.
    expect(card('c')).not.toContain('data-testid="poll-open"');
    expect(card('c')).not.toContain('data-testid="poll-close"');
    expect(count(html, 'staff-poll-results')).toBe(3);
    expect(count(html, 'poll-respondents')).toBe(3);
  });
});

describe(PollForm.name, () => {
  let n = 0;
  const values = emptyPollForm(() => `k${n++}`);
  const render = (patch: Partial<typeof values>) =>
    renderToStaticMarkup(
      <PollForm
        values={{ ...values, ...patch }}
        errors={null}
        agenda={[]}
        editing={false}
        busy={false}
        onChange={noop}
        onOptionChange={noop}
        onOptionAdd={noop}
        onOptionRemove={noop}
        onSubmit={noop}
        onCancelEdit={noop}
      />,
    );

  it('shows the fields each type needs', () => {
    const single = render({});
    expect(count(single, 'poll-option-0')).toBe(1);
    expect(count(single, 'poll-option-1')).toBe(1);
    expect(count(single, 'poll-max-choices')).toBe(0);
    expect(count(render({ type: 'multiple' }), 'poll-max-choices')).toBe(1);
    const rating = render({ type: 'rating' });
    expect(count(rating, 'poll-scale')).toBe(1);
    expect(count(rating, 'poll-option-0')).toBe(0);
    const ranking = render({ type: 'ranking' });
    expect(ranking).toMatch(/data-testid="poll-ranking-method"/);
    expect(ranking).toContain('<option value="borda" selected="">Borda count</option>');
    expect(ranking).toContain('Rata-rata peringkat');
  });

  it('offers every poll type by its contract value', () => {
    const html = render({});
    for (const type of ['single', 'multiple', 'rating', 'wordcloud', 'open', 'ranking']) expect(html).toContain(`value="${type}"`);
    expect(openTags(html, 'poll-results-visible')[0]).toMatch(/type="checkbox".*checked=""/);
  });
});
