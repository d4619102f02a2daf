import { LIMITS } from '@mufakat/contracts';
import {
  addAgendaRow,
  emptyForumForm,
  hasErrors,
  parseMinutes,
  removeAgendaRow,
  toCreateForumRequest,
  updateAgendaRow,
  validateForumForm,
  type ForumFormValues,
} from './forum-form';

function filledForm(): ForumFormValues {
  return {
    title: '  FKP Layanan KTP  ',
    theme: 'Standar pelayanan',
    serviceName: 'Penerbitan KTP-el',
    unitName: 'Disdukcapil Kota Contoh',
    venue: 'Aula Kantor',
    startsAt: '2026-12-01T09:00',
    streamUrl: '',
    agenda: [
      { key: 'r0', title: ' Pembukaan ', minutes: '15' },
      { key: 'r1', title: 'Diskusi', minutes: '90' },
    ],
    preModeration: true,
    fullyAnonymous: false,
  };
}

describe('toCreateForumRequest', () => {
  it('maps a valid form to the contract request: trimmed, ISO start, numeric minutes', () => {
    const result = toCreateForumRequest(filledForm());
    expect(result).toEqual({
      ok: true,
      request: {
        title: 'FKP Layanan KTP',
        theme: 'Standar pelayanan',
        serviceName: 'Penerbitan KTP-el',
        unitName: 'Disdukcapil Kota Contoh',
        venue: 'Aula Kantor',
        startsAt: '2026-12-01T09:00:00.000Z',
        agenda: [
          { title: 'Pembukaan', plannedMinutes: 15 },
          { title: 'Diskusi', plannedMinutes: 90 },
        ],
        preModeration: true,
        fullyAnonymous: false,
      },
    });
  });

  it('sends the moderation and anonymity choices as made', () => {
    const result = toCreateForumRequest({ ...filledForm(), preModeration: false, fullyAnonymous: true });
    expect(result.ok && [result.request.preModeration, result.request.fullyAnonymous]).toEqual([false, true]);
    expect(emptyForumForm('r0')).toMatchObject({ preModeration: true, fullyAnonymous: false });
  });

  it('leaves streamUrl out when blank and sends it trimmed when given', () => {
    const blank = toCreateForumRequest({ ...filledForm(), streamUrl: '   ' });
    expect(blank.ok && 'streamUrl' in blank.request).toBe(false);
    const given = toCreateForumRequest({ ...filledForm(), streamUrl: ' https://youtu.be/abc ' });
    expect(given.ok && given.request.streamUrl).toBe('https://youtu.be/abc');
  });

  it('refuses an empty form with a message for every required field and the agenda row', () => {
    const result = toCreateForumRequest(emptyForumForm('r0'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors.fields).sort()).toEqual(['serviceName', 'startsAt', 'theme', 'title', 'unitName', 'venue'].sort());
    expect(result.errors.fields.title).toEqual({ key: 'required' });
    expect(result.errors.agenda[0].title).toEqual({ key: 'required' });
    // The default planned length is valid; only the title is missing.
    expect(result.errors.agenda[0].minutes).toBeUndefined();
  });

  it('flags exactly the bad agenda row', () => {
    const values = updateAgendaRow(filledForm(), 1, { minutes: '0' });
    const errors = validateForumForm(values);
    expect(errors.agenda[0]).toEqual({});
    expect(errors.agenda[1].minutes).toEqual({ key: 'minutesRange', values: { min: 1, max: LIMITS.plannedMinutes } });
  });

  it('rejects an invalid date, a non-http stream link and an over-long title', () => {
    const errors = validateForumForm({
      ...filledForm(),
      startsAt: '2026-02-31T09:00',
      streamUrl: 'ftp://example.org/stream',
      title: 'x'.repeat(LIMITS.forumTitle + 1),
    });
    expect(errors.fields.startsAt).toEqual({ key: 'invalidDate' });
    expect(errors.fields.streamUrl).toEqual({ key: 'invalidUrl' });
    expect(errors.fields.title).toEqual({ key: 'tooLong', values: { max: LIMITS.forumTitle } });
  });

  it('accepts a title of exactly the limit', () => {
    const errors = validateForumForm({ ...filledForm(), title: 'x'.repeat(LIMITS.forumTitle) });
    expect(hasErrors(errors)).toBe(false);
  });
});

describe('parseMinutes', () => {
  it.each([
    ['1', 1],
    [' 45 ', 45],
    [String(LIMITS.plannedMinutes), LIMITS.plannedMinutes],
    ['0', null],
    [String(LIMITS.plannedMinutes + 1), null],
    ['12.5', null],
    ['-3', null],
    ['', null],
    ['1e2', null],
  ])('%p → %p', (input, expected) => {
    expect(parseMinutes(input)).toBe(expected);
  });
});

describe('agenda rows', () => {
  it('always keeps at least one row', () => {
    const one = emptyForumForm('r0');
    expect(removeAgendaRow(one, 0).agenda).toHaveLength(1);
  });

  it('removes the chosen row and keeps the keys of the others', () => {
    const three = addAgendaRow(addAgendaRow(emptyForumForm('r0'), 'r1'), 'r2');
    expect(removeAgendaRow(three, 1).agenda.map((row) => row.key)).toEqual(['r0', 'r2']);
  });

  it('stops adding at the contract limit', () => {
    let values = emptyForumForm('r0');
    for (let i = 1; i < LIMITS.agendaItems + 5; i++) values = addAgendaRow(values, `r${i}`);
    expect(values.agenda).toHaveLength(LIMITS.agendaItems);
  });
});
