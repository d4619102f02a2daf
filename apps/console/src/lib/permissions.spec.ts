import i18next from 'i18next';
import { FORUM_PERMISSIONS, STAFF_ROLES } from '@mufakat/contracts';
import { initTestI18n } from '../test/test-i18n';
import { can, consoleTitleKey, rolesFor, STAFF_CAPABILITIES, staffRoleOf } from './permissions';

describe(can.name, () => {
  it('lets the facilitator and the organiser work on the consensus', () => {
    expect(can('facilitator', 'consensus')).toBe(true);
    expect(can('organiser', 'consensus')).toBe(true);
    expect(can('moderator', 'consensus')).toBe(false);
  });

  it('lets every staff role open and close the survey', () => {
    expect(['organiser', 'moderator', 'facilitator'].every((role) => can(role as 'organiser', 'survey'))).toBe(true);
  });

  it('keeps the Berita Acara to the organiser, and everything from those off the team', () => {
    expect(can('organiser', 'documents')).toBe(true);
    expect(can('facilitator', 'documents')).toBe(false);
    expect(can(null, 'survey')).toBe(false);
  });
});

describe(staffRoleOf.name, () => {
  it('reads the staff role from the viewer, and nothing from an attendee or the projector', () => {
    expect(staffRoleOf({ role: 'facilitator', userId: 'u1', name: 'Fasilitator' })).toBe('facilitator');
    expect(staffRoleOf({ role: 'projector' })).toBeNull();
  });
});

describe(rolesFor.name, () => {
  it('names exactly the roles the permission table lets act, for every part of the console', () => {
    for (const capability of STAFF_CAPABILITIES) {
      for (const role of STAFF_ROLES) expect([capability, role, rolesFor(capability).includes(role)]).toEqual([capability, role, can(role, capability)]);
    }
    expect(rolesFor('agenda')).toEqual([...FORUM_PERMISSIONS.runAgenda]);
  });

  it('keeps the facilitator off questions, polls, the agenda, speakers and the projector, and on the consensus', () => {
    for (const capability of ['questions', 'polls', 'agenda', 'speakers', 'projector'] as const) expect(can('facilitator', capability)).toBe(false);
    expect(can('facilitator', 'consensus')).toBe(true);
    expect(can('moderator', 'polls')).toBe(true);
  });
});

describe(consoleTitleKey.name, () => {
  it("titles each role's page for that role", async () => {
    await initTestI18n('id');
    expect(i18next.t(consoleTitleKey('facilitator'))).toBe('Konsol fasilitator');
    expect(i18next.t(consoleTitleKey('organiser'))).toBe('Konsol penyelenggara');
    expect(i18next.t(consoleTitleKey('moderator'))).toBe('Konsol moderator');
    expect(i18next.t(consoleTitleKey(null))).toBe('Konsol forum');
  });
});
