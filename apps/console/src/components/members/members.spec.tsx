import { renderToStaticMarkup } from 'react-dom/server';
import { ApiError } from '@mufakat/client';
import type { MemberView } from '@mufakat/contracts';
import { initTestI18n } from '../../test/test-i18n';
import { AddMemberForm } from './AddMemberForm';
import { MemberRoster } from './MemberRoster';

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const noop = () => undefined;
const members: MemberView[] = [
  { userId: '11111111-1111-4111-8111-111111111111', name: 'Rina', email: 'rina@dinas.test', role: 'admin' },
  { userId: '22222222-2222-4222-8222-222222222222', name: 'Budi', email: 'budi@dinas.test', role: 'officer' },
  { userId: '33333333-3333-4333-8333-333333333333', name: 'Sari', email: 'sari@dinas.test', role: 'viewer' },
];
const roster = (overrides: Partial<Parameters<typeof MemberRoster>[0]> = {}) =>
  renderToStaticMarkup(<MemberRoster scope="unit" members={members} manage busy={null} onChangeRole={noop} onRemove={noop} {...overrides} />);

beforeEach(() => initTestI18n('id'));

describe(MemberRoster.name, () => {
  it('shows a viewer or officer the members and their roles, with no control to change them', () => {
    const html = roster({ manage: false });
    expect(count(html, 'unit-member')).toBe(3);
    expect(count(html, 'unit-member-role')).toBe(0);
    expect(count(html, 'unit-member-save')).toBe(0);
    expect(count(html, 'unit-member-remove')).toBe(0);
    expect(html).not.toContain('<select');
    expect(html).not.toContain('<button');
    expect(html).toContain('>admin</span>');
    expect(html).toContain('>petugas</span>');
  });

  it('gives an admin a labelled role choice per member, with save enabled only once the role differs, and a named remove button', () => {
    const html = roster();
    expect(count(html, 'unit-member-role')).toBe(3);
    expect(html).toContain('Peran Budi</label>');
    expect(html).toContain('Simpan peran<span class="visually-hidden"> Budi</span>');
    expect(html).toContain('Keluarkan<span class="visually-hidden"> Sari</span>');
    expect(html.match(/data-testid="unit-member-save" disabled=""/g)).toHaveLength(3);
    // A unit's roles: admin, officer, viewer, once per member.
    expect(html.split('<option').length - 1).toBe(9);
  });

  it('offers an organisation its two roles only', () => {
    const html = renderToStaticMarkup(
      <MemberRoster scope="organisation" members={[members[0], { ...members[2] }]} manage busy={null} onChangeRole={noop} onRemove={noop} />,
    );
    expect(html.split('<option').length - 1).toBe(4);
    expect(html).not.toContain('value="officer"');
  });

  it('asks once more, in a labelled group, before removing', () => {
    const html = roster({ initialConfirming: members[1].userId });
    expect(count(html, 'unit-member-remove')).toBe(2);
    expect(count(html, 'unit-member-remove-confirm')).toBe(1);
    expect(html).toContain('role="group" aria-label="Konfirmasi mengeluarkan Budi"');
    expect(html).toContain('Keluarkan Budi dari unit?');
  });

  it('holds every control while a change is on its way', () => {
    const html = roster({ busy: members[1].userId });
    expect(html.match(/data-testid="unit-member-role" disabled=""/g)).toHaveLength(3);
    expect(html.match(/data-testid="unit-member-remove" disabled=""/g)).toHaveLength(3);
    expect(html).toContain('Menyimpan…');
  });

  it('says when there is nobody', () => {
    expect(roster({ members: [] })).toContain('Belum ada anggota.');
  });

  it('reads in English too', async () => {
    await initTestI18n('en');
    const html = roster({ initialConfirming: members[2].userId });
    expect(html).toContain('Remove Sari from the unit?');
    expect(html).toContain('Role of Rina</label>');
    expect(html).toContain('>officer</option>');
  });
});

describe(AddMemberForm.name, () => {
  const add = () => Promise.resolve(true);

  it('labels its email and role fields and starts a unit member as officer', () => {
    const html = renderToStaticMarkup(<AddMemberForm scope="unit" busy={false} error={null} onAdd={add} />);
    expect(html).toContain('>Email petugas</label>');
    expect(html).toContain('>Peran</label>');
    expect(html).toMatch(/<form[^>]*aria-labelledby="([^"]+)"[^>]*><h3 id="\1">Tambah anggota unit<\/h3>/);
    expect(html).toMatch(/<option value="officer" selected="">/);
  });

  it('starts an organisation member as viewer, with no officer role to choose', () => {
    const html = renderToStaticMarkup(<AddMemberForm scope="organisation" busy={false} error={null} onAdd={add} />);
    expect(html).toMatch(/<option value="viewer" selected="">/);
    expect(html).not.toContain('value="officer"');
  });

  it("shows a known refusal in the reader's language, never the server's English", () => {
    const error = new ApiError(404, 'NOT_FOUND', 'No staff account with this email; ask them to sign up first', [], 'noStaffAccount');
    const html = renderToStaticMarkup(<AddMemberForm scope="unit" busy={false} error={error} onAdd={add} />);
    expect(html).toContain('data-testid="unit-add-error"');
    expect(html).toContain('Belum ada akun petugas dengan email ini');
    expect(html).not.toContain('ask them to sign up first');
  });

  it("words the last admin's refusal itself", () => {
    const error = new ApiError(409, 'CONFLICT', 'The unit keeps at least one admin');
    const html = renderToStaticMarkup(
      <AddMemberForm scope="unit" busy={false} error={error} errorMessage="Unit harus tetap memiliki setidaknya satu admin." onAdd={add} />,
    );
    expect(html).toContain('Unit harus tetap memiliki setidaknya satu admin.');
    expect(html).not.toContain('keeps at least one admin');
  });

  it('holds the submit button while adding', () => {
    const html = renderToStaticMarkup(<AddMemberForm scope="unit" busy error={null} onAdd={add} />);
    expect(html).toMatch(/data-testid="unit-add-submit" disabled="">Menambahkan…/);
  });
});
