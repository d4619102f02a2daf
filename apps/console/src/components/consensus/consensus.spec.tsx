import { renderToStaticMarkup } from 'react-dom/server';
import { groupConsensus } from '@mufakat/contracts';
import { consensusItem, followUp, openTags, tally } from '../../test/fixtures';
import { initTestI18n } from '../../test/test-i18n';
import { ConsensusDraftForm } from './ConsensusDraftForm';
import { ConsensusList, type ConsensusEditor, type ConsensusHandlers } from './ConsensusList';
import { FollowUpForm } from './FollowUpForm';

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const noop = () => undefined;
const handlers: ConsensusHandlers = { onMove: noop, onEditText: noop, onApprove: noop, onUpdateFollowUp: noop, onOpenEditor: noop, onCloseEditor: noop };

const items = [
  consensusItem('d1'),
  consensusItem('o1', { status: 'open', openedAt: '2026-12-01T10:00:00.000Z', agendaItemId: 'a2' }),
  consensusItem('a1', { status: 'approved', number: 1, followUp, openedAt: '2026-12-01T09:50:00.000Z', decidedAt: '2026-12-01T09:55:00.000Z' }),
  consensusItem('s1', { status: 'set_aside', decidedAt: '2026-12-01T09:58:00.000Z' }),
];
const tallies = {
  o1: tally(12, 3, 2, { service_user: { agree: 9, disagree: 1, abstain: 0 }, media: { agree: 3, disagree: 2, abstain: 2 } }),
  a1: tally(20, 0, 1),
};
const render = (patch: { editor?: ConsensusEditor | null; readOnly?: boolean } = {}) =>
  renderToStaticMarkup(
    <ConsensusList
      groups={groupConsensus(items)}
      tallies={tallies}
      agendaTitles={new Map([['a2', 'Diskusi']])}
      busyIds={new Set()}
      editor={patch.editor ?? null}
      readOnly={patch.readOnly ?? false}
      handlers={handlers}
    />,
  );

beforeEach(() => initTestI18n('id'));

describe(ConsensusList.name, () => {
  it('groups items under headings with counts, open ones first', () => {
    const html = render();
    expect([...html.matchAll(/data-testid="consensus-group" data-status="(\w+)"/g)].map((m) => m[1])).toEqual(['open', 'draft', 'approved', 'set_aside']);
    expect(html).toContain('Sedang ditanyakan ke forum <span class="count">1</span>');
    expect(count(html, 'consensus-item')).toBe(4);
  });

  it('offers the actions that fit each status, described by the item text', () => {
    const html = render();
    const actionsOf = (id: string) => {
      const start = html.indexOf(`data-item-id="${id}"`);
      const card = html.slice(start, html.indexOf('</li>', html.indexOf('consensus-card__actions', start)));
      return [...card.matchAll(/data-testid="consensus-(open|withdraw|setAside|restore|edit|approve|editFollowUp)"/g)].map((m) => m[1]);
    };
    expect(actionsOf('d1')).toEqual(['open', 'edit', 'setAside']);
    expect(actionsOf('o1')).toEqual(['approve', 'edit', 'withdraw', 'setAside']);
    expect(actionsOf('a1')).toEqual(['editFollowUp']);
    expect(actionsOf('s1')).toEqual(['open', 'restore']);
    expect(openTags(html, 'consensus-approve')[0]).toContain('aria-describedby="consensus-o1-text"');
    expect(openTags(html, 'consensus-approve')[0]).toContain('aria-expanded="false"');
  });

  it('shows live totals in words and numbers and the split by category for the open item', () => {
    const html = render();
    expect(count(html, 'consensus-tally')).toBe(2);
    expect(html).toMatch(/data-signal="agree" data-count="12">.*Setuju.*<strong class="tally__signal-count">12<\/strong>/);
    expect([...html.matchAll(/data-testid="consensus-category-row" data-category="(\w+)"/g)].map((m) => m[1])).toEqual(['service_user', 'media']);
    expect(html).toContain('<th scope="row">Pengguna layanan</th>');
    // Only the open item's totals are spoken while they change.
    expect(html.match(/aria-live="polite"/g)).toHaveLength(1);
    expect(html).toContain('17 sinyal: 12 setuju, 3 tidak setuju, 2 abstain.');
  });

  it('shows an approved item with its number and its follow-up', () => {
    const html = render();
    expect(html).toContain('data-testid="consensus-number">Kesepakatan 1<');
    expect(html).toContain('Membuka loket antrean daring');
    expect(html).toContain('<time dateTime="2027-03-31">31 Maret 2027</time>');
    expect(html).toContain('data-status="planned">Direncanakan<');
  });

  it('opens the follow-up form in place to approve', () => {
    const html = render({ editor: { itemId: 'o1', kind: 'approve' } });
    expect(count(html, 'follow-up-form')).toBe(1);
    expect(html).toContain('Sepakati dan kunci rumusan');
    expect(openTags(html, 'consensus-approve')[0]).toContain('aria-expanded="true"');
  });

  it('warns that editing an open item clears its signals', () => {
    const html = render({ editor: { itemId: 'o1', kind: 'edit' } });
    expect(count(html, 'consensus-edit-text')).toBe(1);
    expect(html).toContain('menghapus sinyal');
  });

  it('lets a moderator follow along without actions', () => {
    const html = render({ readOnly: true });
    expect(count(html, 'consensus-item')).toBe(4);
    expect(html).not.toMatch(/data-testid="consensus-(open|approve|edit|withdraw|setAside|restore|editFollowUp)"/);
  });
});

describe(FollowUpForm.name, () => {
  it('loads the plan to edit, with labelled fields and the "either" rule explained', () => {
    const html = renderToStaticMarkup(<FollowUpForm initial={followUp} purpose="edit" busy={false} onSubmit={noop} onCancel={noop} />);
    expect(html).toMatch(/<textarea[^>]*data-testid="follow-up-action"[^>]*>Membuka loket antrean daring<\/textarea>/);
    expect(openTags(html, 'follow-up-deadline')[0]).toMatch(/type="date"[^>]*value="2027-03-31"/);
    expect(html).toContain('Isi tenggat, jangka waktu, atau keduanya.');
    expect(html.match(/<label/g)).toHaveLength(5);
    expect(html).toContain('Simpan tindak lanjut');
  });
});

describe(ConsensusDraftForm.name, () => {
  it('labels the text and the agenda item and shows what is left of the limit', () => {
    const html = renderToStaticMarkup(
      <ConsensusDraftForm values={{ text: 'abc', agendaItemId: '' }} error={{ key: 'required' }} agenda={[]} busy={false} onChange={noop} onSubmit={noop} />,
    );
    expect(html).toContain('Rumusan kesepakatan');
    expect(html).toContain('Sisa 997 karakter');
    expect(openTags(html, 'consensus-text')[0]).toContain('aria-invalid="true"');
    expect(html).toContain('Wajib diisi.');
  });
});
