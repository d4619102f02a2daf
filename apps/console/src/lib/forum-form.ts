import { LIMITS, type CreateForumRequest } from '@mufakat/contracts';
import { localInputToIso } from './datetime';
import { httpUrlError, requiredText, type FieldError } from './validation';

export interface AgendaRowValues {
  /** Stable React key: rows are added and removed in the middle. */
  key: string;
  title: string;
  /** As typed; parsed on submit. */
  minutes: string;
}

export interface ForumFormValues {
  title: string;
  theme: string;
  serviceName: string;
  unitName: string;
  venue: string;
  /** The raw `datetime-local` value. */
  startsAt: string;
  streamUrl: string;
  agenda: AgendaRowValues[];
  /** Questions wait for a moderator before the room sees them. */
  preModeration: boolean;
  /** Fixed at creation: nobody, staff included, sees who asked. */
  fullyAnonymous: boolean;
}

export type ForumTextField = Exclude<keyof ForumFormValues, 'agenda' | 'preModeration' | 'fullyAnonymous'>;
export type ForumFlagField = 'preModeration' | 'fullyAnonymous';

export interface AgendaRowErrors {
  title?: FieldError;
  minutes?: FieldError;
}

export interface ForumFormErrors {
  fields: Partial<Record<ForumTextField | 'agenda', FieldError>>;
  /** One entry per agenda row, same order. */
  agenda: AgendaRowErrors[];
}

export const DEFAULT_AGENDA_MINUTES = '30';

export function newAgendaRow(key: string): AgendaRowValues {
  return { key, title: '', minutes: DEFAULT_AGENDA_MINUTES };
}

export function emptyForumForm(firstRowKey: string): ForumFormValues {
  return {
    title: '',
    theme: '',
    serviceName: '',
    unitName: '',
    venue: '',
    startsAt: '',
    streamUrl: '',
    agenda: [newAgendaRow(firstRowKey)],
    preModeration: true,
    fullyAnonymous: false,
  };
}

export function canAddAgendaRow(values: ForumFormValues): boolean {
  return values.agenda.length < LIMITS.agendaItems;
}

/** A forum always keeps at least one agenda row. */
export function canRemoveAgendaRow(values: ForumFormValues): boolean {
  return values.agenda.length > 1;
}

export function addAgendaRow(values: ForumFormValues, key: string): ForumFormValues {
  if (!canAddAgendaRow(values)) return values;
  return { ...values, agenda: [...values.agenda, newAgendaRow(key)] };
}

export function removeAgendaRow(values: ForumFormValues, index: number): ForumFormValues {
  if (!canRemoveAgendaRow(values)) return values;
  return { ...values, agenda: values.agenda.filter((_, i) => i !== index) };
}

export function updateAgendaRow(values: ForumFormValues, index: number, patch: Partial<Omit<AgendaRowValues, 'key'>>): ForumFormValues {
  return { ...values, agenda: values.agenda.map((row, i) => (i === index ? { ...row, ...patch } : row)) };
}

/** Whole minutes between 1 and the contract's limit; `null` otherwise. */
export function parseMinutes(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= LIMITS.plannedMinutes ? minutes : null;
}

export function validateForumForm(values: ForumFormValues): ForumFormErrors {
  const fields: ForumFormErrors['fields'] = {};
  const set = (field: ForumTextField | 'agenda', error: FieldError | undefined): void => {
    if (error) fields[field] = error;
  };
  set('title', requiredText(values.title, LIMITS.forumTitle));
  set('theme', requiredText(values.theme, LIMITS.forumText));
  set('serviceName', requiredText(values.serviceName, LIMITS.forumText));
  set('unitName', requiredText(values.unitName, LIMITS.forumText));
  set('venue', requiredText(values.venue, LIMITS.forumText));
  set('startsAt', values.startsAt.trim() ? (localInputToIso(values.startsAt) ? undefined : { key: 'invalidDate' }) : { key: 'required' });
  if (values.streamUrl.trim()) set('streamUrl', httpUrlError(values.streamUrl));
  if (values.agenda.length > LIMITS.agendaItems) set('agenda', { key: 'agendaTooMany', values: { max: LIMITS.agendaItems } });

  const agenda = values.agenda.map((row): AgendaRowErrors => {
    const errors: AgendaRowErrors = {};
    const title = requiredText(row.title, LIMITS.agendaTitle);
    if (title) errors.title = title;
    if (parseMinutes(row.minutes) === null) {
      errors.minutes = { key: 'minutesRange', values: { min: 1, max: LIMITS.plannedMinutes } };
    }
    return errors;
  });
  return { fields, agenda };
}

export function hasErrors(errors: ForumFormErrors): boolean {
  return Object.keys(errors.fields).length > 0 || errors.agenda.some((row) => row.title || row.minutes);
}

export type ForumFormResult = { ok: true; request: CreateForumRequest } | { ok: false; errors: ForumFormErrors };

/** Validates the form and, when it is sound, builds the request the api expects. */
export function toCreateForumRequest(values: ForumFormValues): ForumFormResult {
  const errors = validateForumForm(values);
  if (hasErrors(errors)) return { ok: false, errors };
  const streamUrl = values.streamUrl.trim();
  const request: CreateForumRequest = {
    title: values.title.trim(),
    theme: values.theme.trim(),
    serviceName: values.serviceName.trim(),
    unitName: values.unitName.trim(),
    venue: values.venue.trim(),
    startsAt: localInputToIso(values.startsAt) as string,
    agenda: values.agenda.map((row) => ({ title: row.title.trim(), plannedMinutes: parseMinutes(row.minutes) as number })),
    preModeration: values.preModeration,
    fullyAnonymous: values.fullyAnonymous,
  };
  if (streamUrl) request.streamUrl = streamUrl;
  return { ok: true, request };
}
