import { can, staffRoleOf } from './permissions';

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
